print(bit.lshift(1, 0), bit.lshift(1, 1), bit.lshift(1, 31), bit.lshift(1, 32), bit.lshift(1, 33))
print(bit.lshift(1, -1), bit.lshift(0xff, 28), bit.lshift(-1, 4), bit.lshift(3, 2^32 + 1))
