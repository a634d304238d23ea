-- Resume/yield round trips: one generator feeding a consumer loop.
local gen = coroutine.wrap(function()
  local i = 0
  while true do
    i = i + 1
    coroutine.yield(i)
  end
end)
local sum = 0
for _ = 1, 3000000 do
  sum = sum + gen()
end
print(sum)
