-- yielding from the main thread is an error, caught by pcall
print(pcall(coroutine.yield, 1))
print(pcall(coroutine.yield))
print(pcall(function() coroutine.yield("x") end))
print(pcall(function() local v = coroutine.yield() return v end))
-- after a coroutine finished, the main thread still cannot yield
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
coroutine.resume(co)
print(pcall(coroutine.yield, "again"))
print("still running")
