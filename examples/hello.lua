-- A small tour: closures, tables, metatables, varargs and string formatting.
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end

local next_id = counter()
local Point = {}
Point.__index = Point
Point.__tostring = function(p) return string.format("(%d, %d)", p.x, p.y) end

function Point.new(x, y) return setmetatable({ x = x, y = y, id = next_id() }, Point) end
function Point:add(other) return Point.new(self.x + other.x, self.y + other.y) end

local sum = Point.new(1, 2):add(Point.new(3, 4))
print("hello from Lunaris", _VERSION)
print("sum", tostring(sum), "id", sum.id)

local function total(...)
  local t = 0
  for _, v in ipairs({ ... }) do t = t + v end
  return t, select("#", ...)
end
print("total", total(1, 2, 3, 4.5))
