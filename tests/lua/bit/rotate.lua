print(bit.rol(0x12345678, 4), bit.ror(0x12345678, 4), bit.rol(1, 32), bit.ror(1, -1), bit.rol(1, 1.5))
print(bit.rol(0x80000000, 1), bit.ror(1, 1), bit.rol(-1, 17), bit.ror(0xf0, 36))
