-- math.sqrt
print(math.sqrt(0), math.sqrt(1), math.sqrt(4), math.sqrt(2), math.sqrt(1e100))
print(math.sqrt(-0.0), 1 / math.sqrt(-0.0))
print(math.sqrt(-1) ~= math.sqrt(-1), math.sqrt(1 / 0), math.sqrt(0 / 0) ~= 0)
print(string.format("%.17g %.17g %.17g", math.sqrt(2), math.sqrt(3), math.sqrt(0.5)))
print(math.sqrt(2) ^ 2 == 2, math.sqrt(16) == 4, math.sqrt(2 ^ 1022))
print(math.sqrt("9"), math.sqrt(5e-324) > 0)
print(pcall(math.sqrt))
print(pcall(math.sqrt, {}))
