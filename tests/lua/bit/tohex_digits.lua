local out = {}
for n = 1, 9 do out[#out + 1] = bit.tohex(0x12345678, n) end
print(table.concat(out, " "))
out = {}
for n = -9, -1 do out[#out + 1] = bit.tohex(0x9abcdef0, n) end
print(table.concat(out, " "))
print(bit.tohex(-1, -4), bit.tohex(-1, 4), bit.tohex(-2, 2), bit.tohex(-2, -2))
