-- a coroutine forwarding varargs through yield
local function pack(...) return {n = select("#", ...), ...} end
local echo = coroutine.wrap(function(...)
  local args = pack(...)
  while true do
    args = pack(coroutine.yield(args.n, unpack(args, 1, args.n)))
  end
end)
print(echo(1, 2, 3))
print(echo("a", nil))
print(echo())
print(echo(nil, nil, nil))
local co = coroutine.create(function(...)
  local function pass(...) return ... end
  return pass(coroutine.yield(...))
end)
print(coroutine.resume(co, "x", nil, "z"))
print(coroutine.resume(co, 10, 20, nil))
local sum = coroutine.wrap(function(...)
  local total = 0
  local vals = {...}
  while true do
    for i = 1, #vals do total = total + vals[i] end
    vals = {coroutine.yield(total)}
  end
end)
print(sum(1, 2), sum(3), sum(), sum(4, 5, 6))
