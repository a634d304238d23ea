-- suspended coroutines that nobody references any more are simply collected
local finished = 0
for i = 1, 2000 do
  local co = coroutine.create(function(x)
    local big = {}
    for j = 1, 10 do big[j] = x + j end
    coroutine.yield(#big)
    finished = finished + 1
  end)
  coroutine.resume(co, i)
end
collectgarbage()
collectgarbage()
print("finished", finished)
-- wrapped generators abandoned half way
local total = 0
for i = 1, 500 do
  local gen = coroutine.wrap(function() for k = 1, 100 do coroutine.yield(k) end end)
  total = total + gen() + gen()
end
collectgarbage()
print("total", total)
-- a kept coroutine still works after collections
local kept = coroutine.create(function() coroutine.yield("a") return "b" end)
print(coroutine.resume(kept))
collectgarbage()
print(coroutine.resume(kept))
