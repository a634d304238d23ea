-- math.log10
print(math.log10(1), math.log10(10), math.log10(100), math.log10(1000), math.log10(1e100))
print(math.log10(0.1), math.log10(0.001), math.log10(0), math.log10(1 / 0))
print(math.log10(-1) ~= math.log10(-1), string.format("%.14g", math.log10(2)))
print(string.format("%.14g %.14g", math.log10(5), math.log10(12345)))
print(math.log10("100"))
print(pcall(math.log10))
print(pcall(math.log10, "a"))
