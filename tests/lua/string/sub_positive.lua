-- string.sub with positive indices
local s = "abcdefgh"
print(s:sub(1), s:sub(3), s:sub(8), s:sub(9))
print(s:sub(1, 1), s:sub(1, 3), s:sub(2, 5), s:sub(8, 8))
print("[" .. s:sub(5, 4) .. "]", "[" .. s:sub(9, 20) .. "]")
print(s:sub(3, 100), s:sub(1, 8), s:sub(1, 9))
print(string.sub("x", 1, 1), string.sub("", 1), string.sub("", 1, 5) == "")
print(#s:sub(2, 7))
