-- Method calls through __index: a small class hierarchy with inheritance
-- (two levels of __index tables) and accessor methods.
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:add(other) return Point.new(self.x + other.x, self.y + other.y) end
function Point:norm1() return math.abs(self.x) + math.abs(self.y) end
function Point:getx() return self.x end

local Point3 = setmetatable({}, { __index = Point })
Point3.__index = Point3
function Point3.new(x, y, z)
  local p = Point.new(x, y)
  p.z = z
  return setmetatable(p, Point3)
end
function Point3:getz() return self.z end

local n = tonumber(arg and arg[1]) or 2500000
local acc = Point.new(0, 0)
local p3 = Point3.new(1, 2, 3)
local sum = 0
for i = 1, n do
  local p = Point.new(i % 10, -(i % 7))
  acc = acc:add(p)
  sum = sum + p3:getx() + p3:getz() + p:norm1()
end
print(acc.x, acc.y, sum)
