-- arithmetic metamethods: __add __sub __mul __div __mod __pow __unm
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
local function show(v) return "(" .. v.x .. "," .. v.y .. ")" end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
local a, b = vec(1, 2), vec(3, 4)
print(show(a + b), show(a - b), a * b, show(2 * a), show(a * 3))
print(show(b / 2), show(b % 3), show(a ^ 2), show(-a))
print(show(a + b + a), show(-(a + b)))
