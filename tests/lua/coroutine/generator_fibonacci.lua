-- an endless Fibonacci generator, taken lazily
local function fib()
  return coroutine.wrap(function()
    local a, b = 0, 1
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local g = fib()
local out = {}
for i = 1, 20 do out[i] = g() end
print(table.concat(out, " "))
local function take(n, gen)
  return coroutine.wrap(function()
    for _ = 1, n do coroutine.yield(gen()) end
  end)
end
local function map(f, gen)
  return coroutine.wrap(function()
    for v in gen do coroutine.yield(f(v)) end
  end)
end
local res = {}
for v in map(function(x) return x * x end, take(8, fib())) do res[#res + 1] = v end
print(table.concat(res, ","))
print(g(), g())
