-- recursion through upvalues: local function, forward-declared locals
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local isEven, isOdd
function isEven(n) if n == 0 then return true end return isOdd(n - 1) end
function isOdd(n) if n == 0 then return false end return isEven(n - 1) end
print(isEven(10), isOdd(7), isEven(3))
local walk
walk = function(t, depth)
  local s = depth
  for _, child in ipairs(t) do s = s + walk(child, depth + 1) end
  return s
end
print(walk({{}, {{}, {}}, {{{}}}}, 0))
local g = function(n) return n end
local g2 = function(n) if n == 0 then return "base" end return g(n - 1) end
print(g2(3))
