-- buffers can be put into other buffers, not into themselves
local buffer = require("string.buffer")
local b = buffer.new()
local c = buffer.new():put("zz")
b:put(c, "-", c)
print(b:tostring(), c:tostring(), #c)
print(pcall(function() b:put(b) end))
print(pcall(function() b:put("x", b) end))
print(b:tostring())
