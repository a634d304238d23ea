-- putf appends string.format output
local buffer = require("string.buffer")
local b = buffer.new()
print(b:putf("%5.2f|%-4s|%q|%x", 3.14159, "ab", "a\nb", 255) == b)
print(b:tostring())
b:reset():putf("%s and %s", buffer.new():put("buf"), setmetatable({}, {__tostring = function() return "obj" end}))
print(b:tostring())
b:reset():putf("%d%%", 50):putf(""):putf("[%3d]", 7)
print(b:tostring())
