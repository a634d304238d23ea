-- varargs passing through select, unpack and tables
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(unpack(p, 1, p.n))
local function forward(...) return ... end
print(forward(nil, nil, "x"))
print(select("#", forward()))
local function tailcount(...) return select("#", ...), ... end
print(tailcount("a", "b"))
local function firsts(...) local a, b = ...; return a, b end
print(firsts(1), firsts(1, 2, 3))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(), sum(1, 2, 3), sum(1, nil, 3))
