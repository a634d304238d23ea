print(bit.tohex(0), bit.tohex(1), bit.tohex(255), bit.tohex(-1), bit.tohex(0x7fffffff), bit.tohex(2^31))
print(bit.tohex(0x12345678), bit.tohex(-0x12345678), bit.tohex(2^32 + 0xabc))
