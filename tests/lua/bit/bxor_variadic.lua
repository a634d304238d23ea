print(bit.bxor(5), bit.bxor(1, 3), bit.bxor(1, 3, 7), bit.bxor(-1, 0x0f), bit.bxor(0x80000000, 0x80000000))
