-- a metatable can have its own metatable; only the object's metatable matters
local meta_of_meta = {__index = function(t, k) return "meta-meta " .. k end}
local mt = setmetatable({}, meta_of_meta)
mt.__index = function(t, k) return "mt " .. k end
local obj = setmetatable({}, mt)
print(obj.a)
print(mt.b)
print(mt.__index ~= nil, rawget(mt, "__call"))
print(pcall(function() return obj() end))
print(getmetatable(getmetatable(obj)) == meta_of_meta)
