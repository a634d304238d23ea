-- memoized fibonacci with a cache table and a generic memoize wrapper
local calls = 0
local memo = {}
local function fib(n)
  calls = calls + 1
  if n <= 2 then return 1 end
  local cached = memo[n]
  if cached then return cached end
  local v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
print(fib(30), calls)
print(fib(78), calls)
local function memoize(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local slow_calls = 0
local square = memoize(function(n) slow_calls = slow_calls + 1; return n * n end)
print(square(12), square(12), square(13), slow_calls)
local mfib
mfib = memoize(function(n) if n < 2 then return n end return mfib(n - 1) + mfib(n - 2) end)
local out = {}
for i = 0, 15 do out[#out + 1] = mfib(i) end
print(table.concat(out, " "))
print(mfib(90))
