-- three-level class hierarchy with an overridden method and class fields
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  return c
end
local Shape = class()
Shape.sides = 0
function Shape:init(name) self.name = name end
function Shape:describe() return self.name .. " has " .. self.sides .. " sides" end
local Poly = class(Shape)
Poly.sides = 3
local Square = class(Poly)
Square.sides = 4
function Square:init(name, size) Shape.init(self, name); self.size = size end
function Square:area() return self.size * self.size end
local sh, po, sq = Shape.new("blob"), Poly.new("tri"), Square.new("sq", 3)
print(sh:describe())
print(po:describe())
print(sq:describe(), sq:area())
Poly.sides = 5
print(po:describe(), sq:describe())
print(sq.area ~= nil, po.area)
