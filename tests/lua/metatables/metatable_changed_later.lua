-- changes to a shared metatable affect all objects using it
local mt = {}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a.x, b.x)
mt.__index = {x = "first"}
print(a.x, b.x)
mt.__index = function(t, k) return k .. "!" end
print(a.x, b.y)
setmetatable(b, nil)
print(a.z, b.z)
print(setmetatable(a, {__index = {z = "new"}}) == a, a.z)
mt.__index = nil
print(a.z, b.z)
