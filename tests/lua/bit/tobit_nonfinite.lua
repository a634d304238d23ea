print(bit.tobit(0/0), bit.tobit(1/0), bit.tobit(-1/0))
print(bit.band(1/0, -1), bit.bor(0/0, 5), bit.lshift(1, 0/0))
