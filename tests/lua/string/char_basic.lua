-- string.char with several arguments, none, and coercible values
print(string.char(72, 105, 33))
print(#string.char(), string.char() == "")
print(string.char(0) == "\0", #string.char(0, 0, 0))
print(string.char("65", "66"))
print(string.char(65.0), string.char(97.9))
print(string.char(255):byte())
local t = {}
for i = 48, 57 do t[#t + 1] = i end
print(string.char(unpack(t)))
print(string.char(0x41, 0x2d, 0x5a))
print(type(string.char(1)))
