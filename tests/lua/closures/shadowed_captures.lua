-- closures capture the innermost variable of a given name
local x = "outer"
local function f1() return x end
do
  local x = "inner"
  local function f2() return x end
  x = "inner changed"
  print(f1(), f2())
end
local x = "shadow"
print(f1(), x)
local function params(x)
  return function() return x end
end
print(params("param")(), x)
for x = 1, 2 do
  local g = function() return x end
  print(g())
end
print(x)
