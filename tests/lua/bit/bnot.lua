print(bit.bnot(0), bit.bnot(-1), bit.bnot(1), bit.bnot(2^31), bit.bnot(0x0f0f0f0f), bit.bnot("5"))
print(bit.bnot(bit.bnot(12345)), bit.bnot(1.5))
