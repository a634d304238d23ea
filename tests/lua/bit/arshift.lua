print(bit.arshift(-256, 4), bit.arshift(-1, 31), bit.arshift(256, 4), bit.arshift(0x80000000, 31))
print(bit.arshift(-1, 32), bit.arshift(-16, 33), bit.arshift(0x7fffffff, -1))
