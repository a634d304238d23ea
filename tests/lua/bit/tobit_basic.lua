print(bit.tobit(0), bit.tobit(1), bit.tobit(-1), bit.tobit(0x7fffffff), bit.tobit(0xffffffff))
print(bit.tobit(2^31), bit.tobit(-2^31), bit.tobit(-2^31 - 1), bit.tobit(2^32 + 5))
