-- yields from inside several nested pcalls, errors caught at the right level
local co = coroutine.create(function()
  local r = {pcall(function()
    local inner = {pcall(function()
      local v = coroutine.yield("depth 2")
      if v then error("inner error", 0) end
      return "inner ok"
    end)}
    print("inner pcall", inner[1], inner[2])
    local v2 = coroutine.yield("depth 1")
    if v2 then error("outer error", 0) end
    return "outer ok"
  end)}
  print("outer pcall", r[1], r[2])
  return "done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, true))
print(coroutine.resume(co, true))
co = coroutine.create(function()
  return pcall(pcall, function() coroutine.yield("deep") error("x", 0) end)
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
