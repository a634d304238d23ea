-- tail calls inside coroutines, including a tail call to yield itself
local co = coroutine.create(function(x)
  return coroutine.yield(x + 1)
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, "back", "again"))
print(coroutine.status(co))
-- a long tail-call loop that yields along the way
local function loop(n, acc)
  if n == 0 then return acc end
  if n % 25000 == 0 then coroutine.yield(n) end
  return loop(n - 1, acc + n)
end
local w = coroutine.wrap(function() return "sum", loop(100000, 0) end)
print(w())
print(w())
print(w())
print(w())
print(w())
-- mutual recursion by tail calls with a yield in between
local even, odd
function even(n) if n == 0 then return "even" end coroutine.yield("e" .. n) return odd(n - 1) end
function odd(n) if n == 0 then return "odd" end return even(n - 1) end
local g = coroutine.wrap(function() return even(5) end)
print(g(), g(), g(), g())
