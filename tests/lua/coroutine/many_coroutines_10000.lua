-- 10000 coroutines alive at once, advanced round-robin
local N = 10000
local cos = {}
for i = 1, N do
  cos[i] = coroutine.create(function(x)
    local total = x
    for step = 1, 3 do
      total = total + coroutine.yield(total)
    end
    return total
  end)
end
local sum = 0
for i = 1, N do
  local ok, v = coroutine.resume(cos[i], i)
  sum = sum + v
end
print("first round", sum)
for round = 1, 3 do
  sum = 0
  for i = 1, N do
    local ok, v = coroutine.resume(cos[i], round)
    sum = sum + v
  end
  print("round", round, sum)
end
local dead = 0
for i = 1, N do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print("dead", dead)
