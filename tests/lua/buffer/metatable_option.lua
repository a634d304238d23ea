-- the metatable option keeps known metatables across encoding
local buffer = require("string.buffer")
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x ", c:byte()) end)) end
local point = {__tostring = function(p) return "(" .. p[1] .. "," .. p[2] .. ")" end}
local other = {}
local b = buffer.new({metatable = {point, other}})
print(hex(b:encode(setmetatable({1, 2}, point)):get()))
print(hex(b:encode(setmetatable({}, other)):get()))
print(hex(b:encode(setmetatable({1}, {})):get()))
local p = b:encode(setmetatable({3, 4}, point)):decode()
print(getmetatable(p) == point, tostring(p))
print(getmetatable(b:set("\14\1\8"):decode()) == other)
print(pcall(function() b:set("\14\2\8"):decode() end))
print(pcall(function() b:set("\14\0\2"):decode() end))
print(getmetatable(buffer.decode(buffer.encode(setmetatable({}, point)))))
collectgarbage()
print(getmetatable(b:set("\14\0\8"):decode()) == point)
