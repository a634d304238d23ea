-- string.sub with zero and past-the-end indices
local s = "hello"
print("[" .. s:sub(0) .. "]", "[" .. s:sub(0, 0) .. "]", "[" .. s:sub(0, 1) .. "]")
print("[" .. s:sub(0, -1) .. "]", "[" .. s:sub(1, 0) .. "]", "[" .. s:sub(5, 0) .. "]")
print("[" .. s:sub(6) .. "]", "[" .. s:sub(6, 6) .. "]", "[" .. s:sub(100) .. "]")
print("[" .. s:sub(5, 5) .. "]", "[" .. s:sub(5, 6) .. "]", "[" .. s:sub(4, 1e9) .. "]")
print("[" .. s:sub(-1e9, 2) .. "]", "[" .. s:sub(3, -1e9) .. "]")
