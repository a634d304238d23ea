-- string.sub with fractional and string indices
local s = "abcdefgh"
print(s:sub(2.5), s:sub(2.9, 4.1), s:sub(1.0, 3.0))
print(s:sub(-2.5), s:sub(-1.1))
print(s:sub("3"), s:sub("2", "4"), s:sub(" 3 "), s:sub("0x3"))
print(s:sub(1, "-2"), s:sub("-3", "-1"))
print(string.sub(12345, 2, 4), string.sub(1.5, 2))
print(pcall(string.sub, s, "x"))
print(pcall(string.sub, s, 1, {}))
print(pcall(string.sub, nil, 1))
print(pcall(function() local r = s:sub() return r end))
