print(bit.band(0xff), bit.band(0xff, 0x0f), bit.band(0xff, 0x0f, 0x3), bit.band(-1, -1, -1, 0x80000000))
print(bit.band(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(select("#", bit.band(1, 2)))
