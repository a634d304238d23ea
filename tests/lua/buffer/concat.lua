-- .. accepts buffers and makes strings
local buffer = require("string.buffer")
local b = buffer.new():put("buf")
print(b .. "x", "y" .. b, 1 .. b, b .. 2, b .. b)
print(type(b .. ""), "a" .. b .. "c")
print(pcall(function() local x = {} .. b end))
print(#b)
