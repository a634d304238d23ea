-- assert on the result of resuming a failed coroutine rethrows its message
local co = coroutine.create(function(x)
  coroutine.yield(x)
  error("second step failed")
end)
print(assert(coroutine.resume(co, "first")))
print(assert(coroutine.resume(co)))
print("unreachable")
