print(bit.bor(0), bit.bor(1, 2), bit.bor(1, 2, 4, 8, 16), bit.bor(0x80000000, 1), bit.bor(-2, 1))
