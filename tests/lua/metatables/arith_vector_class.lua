-- a small vector type using arithmetic metamethods
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
function V:len2() return self * self end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a - b), a * b)
print(tostring(2 * a), tostring(a * 3), tostring(-a))
print(a == vec(1, 2), a ~= b, b:len2())
print(tostring((a + b) * 2 - -a))
