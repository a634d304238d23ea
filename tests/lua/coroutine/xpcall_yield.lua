-- yield inside xpcall; errors after the resumption reach the handler
local function handler(m) return "handled: " .. tostring(m) end
local co = coroutine.create(function()
  print("xpcall 1", xpcall(function()
    local a = coroutine.yield(1)
    return a + 1
  end, handler))
  print("xpcall 2", xpcall(function()
    local a = coroutine.yield(2)
    error("bad " .. a, 0)
  end, handler))
  print("xpcall 3", xpcall(function()
    coroutine.yield(3)
    local t = nil
    return t.x
  end, handler))
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, "value"))
print(coroutine.resume(co))
print(coroutine.status(co))
