-- LuaJIT lets a coroutine yield from inside pcall; the pcall completes later
local co = coroutine.create(function()
  local ok, a, b = pcall(function(x)
    local y = coroutine.yield("inside pcall", x)
    return y, y * 2
  end, 5)
  print("pcall returned", ok, a, b)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co, 21))
-- yield directly as the pcall'ed function
local co2 = coroutine.create(function()
  print("direct", pcall(coroutine.yield, "y"))
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "r1", "r2"))
