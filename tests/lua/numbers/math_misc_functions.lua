-- math.abs/max/min/sqrt/huge/pi and friends
print(math.abs(-5), math.abs(5), math.abs(-0.5), math.abs(-1 / 0))
print(math.max(1, 5, 3), math.min(1, 5, 3), math.max(-1), math.min(2.5, -2.5))
print(math.max(1, "7"), math.min("0x10", 20))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(-1) ~= math.sqrt(-1))
print(math.huge, -math.huge, math.pi)
print(string.format("%.10f", math.pi))
print(math.sqrt(1e100), math.abs(-2 ^ 63))
print(math.max(0, -0), math.min(0, -0))
