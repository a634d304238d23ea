print(bit.rshift(-1, 0), bit.rshift(-1, 1), bit.rshift(-1, 31), bit.rshift(-1, 32), bit.rshift(-1, 33))
print(bit.rshift(0x80000000, 4), bit.rshift(256, -28), bit.rshift(12345, 3))
