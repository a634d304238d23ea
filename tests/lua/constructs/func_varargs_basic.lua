-- varargs basics: ..., select('#'), select(n), select(-1)
local function f(...)
  local a, b = ...
  return select("#", ...), a, b
end
print(f())
print(f(1))
print(f(1, 2, 3))
print(f(nil, nil))
local function last(...) return (select(-1, ...)) end
print(last(1, 2, 3), last("only"))
print(select(2, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select("#"), select("#", nil), select("#", nil, nil, nil))
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
