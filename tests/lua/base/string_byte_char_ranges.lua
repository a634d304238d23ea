-- string.byte index ranges and string.char round trips
local s = "abcdef"
print(s:byte(1, -1))
print(s:byte(-3, -1))
print(s:byte(3, 2))
print(s:byte(0), s:byte(10))
print(s:byte(-100, 2))
local codes = {s:byte(1, #s)}
print(#codes, string.char(unpack(codes)))
for i = 1, #codes do codes[i] = codes[i] - 32 end
print(string.char(unpack(codes)))
print(string.char(0, 255):byte(1, 2))
print(("\n"):byte(), ("\\"):byte(), ("\""):byte())
