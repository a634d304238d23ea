-- a small class system with inheritance, super calls and tostring
local function class(parent)
  local c = {}
  c.__index = c
  if parent then
    setmetatable(c, {__index = parent})
    c.__tostring = parent.__tostring -- metamethods are not inherited via __index
  end
  c.super = parent
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  return c
end
local Animal = class()
function Animal:init(name) self.name = name end
function Animal:speak() return self.name .. " makes a sound" end
function Animal:kind() return "animal" end
Animal.__tostring = function(self) return "Animal<" .. self.name .. ">" end
local Dog = class(Animal)
function Dog:init(name, breed) Animal.init(self, name); self.breed = breed end
function Dog:speak() return self.name .. " barks" end
Dog.__tostring = function(self) return "Dog<" .. self.name .. "," .. self.breed .. ">" end
local Puppy = class(Dog)
function Puppy:speak() return Dog.speak(self) .. " softly" end
local a, d, p = Animal.new("generic"), Dog.new("rex", "lab"), Puppy.new("bit", "pug")
print(a:speak()); print(d:speak()); print(p:speak())
print(a:kind(), d:kind(), p:kind())
print(tostring(a), tostring(d), tostring(p))
print(getmetatable(p) == Puppy, Puppy.super == Dog, Dog.super == Animal)
local function isinstance(o, c)
  local m = getmetatable(o)
  while m do if m == c then return true end m = m.super end
  return false
end
print(isinstance(p, Animal), isinstance(d, Puppy), isinstance(a, Animal))
