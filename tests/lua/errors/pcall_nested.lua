-- nested pcall: inner failure does not leak to outer
local function inner() error("inner boom") end
local function outer()
  local ok, e = pcall(inner)
  print("inner:", ok, e)
  error("outer boom")
end
print(pcall(outer))
print(pcall(pcall, error, "x"))
print(pcall(pcall))
print(select("#", pcall(function() return 1, 2, 3 end)))
print(pcall(function(...) return select("#", ...) end, nil, nil))
local depth = 0
local function nest(n)
  if n == 0 then error("bottom") end
  local ok, e = pcall(nest, n - 1)
  depth = depth + 1
  error(e, 0)
end
print(pcall(nest, 4))
print(depth)
