-- math.deg and math.rad
print(math.deg(0), math.deg(math.pi), math.deg(math.pi / 2), math.deg(-math.pi))
print(string.format("%.14g %.14g", math.deg(1), math.rad(1)))
print(math.rad(0), math.rad(180) == math.pi, math.rad(90) == math.pi / 2, math.rad(-180) == -math.pi)
print(math.deg(1 / 0), math.rad(-1 / 0), math.deg(0 / 0) ~= math.deg(0 / 0))
print(string.format("%.17g %.17g", math.rad(45), math.deg(0.1)))
print(math.deg("0"), math.rad("180") == math.pi)
