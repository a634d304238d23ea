-- wrapping functions to count their calls via upvalues
local function counted(f)
  local n = 0
  return function(...) n = n + 1; return f(...) end, function() return n end
end
local add, addCount = counted(function(a, b) return a + b end)
local fib
local rawfib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local fibCount
fib, fibCount = counted(rawfib)
print(add(1, 2), add(3, 4), addCount())
print(fib(15), fibCount())
