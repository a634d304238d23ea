-- __index function searching several parent classes in order
local function createClass(...)
  local parents = {...}
  local c = {}
  setmetatable(c, {__index = function(t, k)
    for i = 1, #parents do
      local v = parents[i][k]
      if v ~= nil then return v end
    end
  end})
  c.__index = c
  return c
end
local Named = {getname = function(self) return self.name end, tag = "named"}
local Aged = {getage = function(self) return self.age end, tag = "aged"}
local Person = createClass(Named, Aged)
local p = setmetatable({name = "ann", age = 33}, Person)
print(p:getname(), p:getage(), p.tag)
local Reversed = createClass(Aged, Named)
local q = setmetatable({name = "bob", age = 44}, Reversed)
print(q:getname(), q:getage(), q.tag, q.nothing)
