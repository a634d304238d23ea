print(bit.lshift(1, 3))
print(bit.tohex(nil))
