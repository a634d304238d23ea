-- decimal escapes \d, \dd, \ddd
local s = "\65\066\0673\9\0\255"
print(#s)
print(string.byte(s, 1, -1))
print("\72\101\108\108\111")
print("\0491", #"\0491")
local z = "a\0b"
print(#z, string.byte(z, 2), z:sub(3))
print(("\00012"):byte(1, -1))
