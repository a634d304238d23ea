print("[" .. bit.tohex(255, 0) .. "]", "[" .. bit.tohex(0, 0) .. "]", "[" .. bit.tohex(0, -0) .. "]")
print("[" .. bit.tohex(255, 0.4) .. "]", "[" .. bit.tohex(255, -0.5) .. "]", bit.tohex(255, 1.5))
