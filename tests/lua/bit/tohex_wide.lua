-- Beyond 8 digits the value is zero-extended; the digit count lives in
-- an 8-bit field, so it wraps.
print(bit.tohex(-1, 16), bit.tohex(1, -16), bit.tohex(0xabc, 12))
print(#bit.tohex(1, 100), #bit.tohex(1, 254), #bit.tohex(1, 255), #bit.tohex(1, 256), #bit.tohex(1, 300))
print(#bit.tohex(1, -300), bit.tohex(7, 2^31 - 1), "[" .. bit.tohex(7, -2^31) .. "]", bit.tohex(7, 2^32 + 3))
