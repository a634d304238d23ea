-- methods return the buffer, so calls chain
local buffer = require("string.buffer")
local b = buffer.new()
print(b:put("a"):put("b"):putf("%d", 3):skip(1):tostring())
print(b:reset():encode({1, 2}):decode()[2])
print(b:set("xyz"):skip(1):get())
