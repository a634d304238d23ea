-- method lookup chains through several __index tables
local Base = {}
Base.__index = Base
function Base.new(x) return setmetatable({x = x}, Base) end
function Base:describe() return "Base(" .. self.x .. ")" end
function Base:double() return self.x * 2 end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(x, y)
  local o = Base.new(x)
  o.y = y
  return setmetatable(o, Derived)
end
function Derived:describe() return "Derived(" .. self.x .. "," .. self.y .. ")" end
local b, d = Base.new(1), Derived.new(2, 3)
print(b:describe(), d:describe(), d:double())
print(rawget(Derived, "double"), rawget(Base, "double") ~= nil)
Base.triple = function(self) return self.x * 3 end
print(d:triple())
d.describe = function() return "instance override" end
print(d:describe(), Derived.describe(d))
