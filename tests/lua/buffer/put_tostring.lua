-- put calls __tostring for other objects, in order
local buffer = require("string.buffer")
local b = buffer.new()
local n = 0
local obj = setmetatable({}, {__tostring = function() n = n + 1 return "<" .. n .. ">" end})
b:put("a", obj, "b", obj)
print(b:tostring())
local num = setmetatable({}, {__tostring = function() return 42 end})
b:reset():put(num)
print(b:tostring())
print(pcall(function() b:put(setmetatable({}, {__tostring = function() return {} end})) end))
print(pcall(function() b:put(setmetatable({}, {__tostring = function() error("boom", 0) end})) end))
