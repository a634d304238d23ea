-- numeric strings are accepted wherever math wants a number
print(math.floor("2.5"), math.ceil("-2.5"), math.abs("-1e3"), math.sqrt("0x10"))
print(math.max("1", "10", "9"), math.min(" 5 ", "6"), math.fmod("10", "4"))
print(math.pow("2", "0.5") == math.sqrt(2), math.exp("0"), math.log("1"))
print(math.ldexp("3", "1"), math.frexp("8"))
print(math.modf("-1.25"))
print(pcall(math.floor, "2.5x"))
print(pcall(math.abs, ""))
print(pcall(math.max, "1", "two"))
