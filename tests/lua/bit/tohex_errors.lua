print(pcall(bit.tohex))
print(pcall(bit.tohex, 1, nil))
print(pcall(bit.tohex, 1, "z"))
print(pcall(bit.tohex, {}, 2))
