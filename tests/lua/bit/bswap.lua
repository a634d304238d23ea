print(bit.bswap(0x12345678), bit.bswap(-1), bit.bswap(1), bit.bswap(0), bit.bswap(0xff000000))
print(bit.bswap(bit.bswap(0x12345678)), bit.tohex(bit.bswap(0xaabbccdd)))
