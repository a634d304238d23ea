-- string.sub with negative indices
local s = "abcdefgh"
print(s:sub(-1), s:sub(-3), s:sub(-8), s:sub(-9), s:sub(-100))
print(s:sub(-3, -2), s:sub(-8, -8), s:sub(2, -2), s:sub(-5, 6))
print("[" .. s:sub(-2, -3) .. "]", "[" .. s:sub(1, -9) .. "]", "[" .. s:sub(1, -100) .. "]")
print(s:sub(-100, -7), s:sub(-100, 100))
print("[" .. (""):sub(-1) .. "]", "[" .. (""):sub(-1, -1) .. "]")
