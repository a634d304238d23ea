-- One million suspended coroutines, each parked in a yield inside a small
-- function; measure peak memory with /usr/bin/time -v.
local function park(n)
  local got = coroutine.yield(n)
  return got + n
end
local threads = {}
for i = 1, 1000000 do
  local co = coroutine.create(park)
  coroutine.resume(co, i)
  threads[i] = co
end
local total = 0
for i = 1, #threads, 1000 do
  local _, value = coroutine.resume(threads[i], 1)
  total = total + value
end
print(#threads, total)
