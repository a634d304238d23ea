-- metamethods are looked up raw in the metatable
local proto = {__add = function() return "found via __index" end}
local mt = setmetatable({}, {__index = proto})
local obj = setmetatable({}, mt)
print(mt.__add ~= nil, rawget(mt, "__add"))
print(pcall(function() return obj + 1 end))
rawset(mt, "__add", function() return "raw add" end)
print(obj + 1)
mt.__add = nil
print(pcall(function() return obj + 1 end))
local self_index = {}
self_index.__index = self_index
self_index.greet = "hi"
local inst = setmetatable({}, self_index)
print(inst.greet, inst.__index == self_index)
