-- missing parameters are nil, extra arguments are dropped
local function f(a, b, c) return a, b, c end
print(f())
print(f(1))
print(f(1, 2, 3, 4, 5))
local function g(a, ...) return a, select("#", ...) end
print(g(), g(1), g(1, 2, 3))
local function defaults(x, y)
  x = x or "dx"
  if y == nil then y = "dy" end
  return x, y
end
print(defaults())
print(defaults(false, false))
print(defaults(0, nil))
local function mutate(p) p = p + 1; return p end
local v = 5
print(mutate(v), v)
