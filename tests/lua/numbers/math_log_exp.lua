-- logarithms, exponentials and trig results
print(math.exp(0), math.exp(1), math.exp(-1))
print(math.log(1), math.log(math.exp(2)), math.log(0), math.log(-1) ~= math.log(-1))
print(math.log10(1000), math.log10(0.01), math.log10(2))
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), string.format("%.6f", math.sin(1)))
print(math.atan(1) * 4 == math.pi, math.atan2(1, 1), math.atan2(-1, -1))
print(math.deg(math.pi), math.rad(180), math.pow(2, 10))
print(math.exp(710), math.exp(-750), math.log(math.huge))
