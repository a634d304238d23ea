-- a generator yielding nil ends a generic for early; the coroutine stays alive
local co = coroutine.create(function()
  coroutine.yield(1)
  coroutine.yield(2)
  coroutine.yield(nil)
  coroutine.yield(4)
  return "finished"
end)
local function step() local ok, v = coroutine.resume(co) return v end
for v in step do print("loop", v) end
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
-- for loop variables: the second value of a yield becomes the second variable
local pairs_gen = coroutine.wrap(function()
  coroutine.yield("k1", "v1")
  coroutine.yield("k2", nil)
  coroutine.yield("k3", false)
end)
for k, v in pairs_gen do print(k, v) end
