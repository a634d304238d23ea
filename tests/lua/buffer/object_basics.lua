-- buffer objects: userdata with a protected metatable and method lookup
local buffer = require("string.buffer")
local b = buffer.new()
print(type(b), getmetatable(b))
local mt = debug.getmetatable(b)
print(mt.__index == mt, type(mt.__tostring), type(mt.__len))
print(b.len, b.x, type(b.put), type(b.get), type(b.tostring))
print(getmetatable(buffer.new()) == getmetatable(b))
print(pcall(setmetatable, b, {}))
