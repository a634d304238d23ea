-- yielding from the main chunk is an uncaught error
local co = coroutine.create(function() coroutine.yield(1) end)
print(coroutine.resume(co))
print("about to yield outside a coroutine")
coroutine.yield("nowhere to go")
print("unreachable")
