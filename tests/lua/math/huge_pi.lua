-- math.huge and math.pi
print(math.huge, -math.huge, math.huge == 1 / 0, math.huge > 1e308)
print(math.pi, string.format("%.17g", math.pi), math.pi == 4 * math.atan(1))
print(string.format("%.14g", math.pi * 2), math.huge - math.huge ~= math.huge - math.huge)
print(type(math.huge), type(math.pi), math.floor(math.pi), math.ceil(math.pi))
print(string.format("%a", math.pi), math.huge * 0 ~= 0, -math.huge < -1e308)
