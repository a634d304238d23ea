-- an error raised after the resumption is caught by the same pcall
local co = coroutine.create(function()
  local ok, err = pcall(function()
    local v = coroutine.yield("waiting")
    if v == "fail" then error("failed after resume") end
    return v
  end)
  print("caught", ok, err)
  local ok2, err2 = pcall(function()
    coroutine.yield("second")
    error({tag = "table error"})
  end)
  print("caught", ok2, type(err2), err2.tag)
  return "survived"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "fail"))
print(coroutine.resume(co))
print(coroutine.status(co))
