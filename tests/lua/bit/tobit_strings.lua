print(bit.tobit("10"), bit.tobit(" 0x10 "), bit.tobit("1e3"), bit.tobit("-0x1"), bit.tobit("2.5"))
print(bit.band("0xff", "  15 "), bit.bor("1", 2), bit.tohex("255"))
print(pcall(bit.tobit, "0x"))
print(pcall(bit.tobit, "ten"))
