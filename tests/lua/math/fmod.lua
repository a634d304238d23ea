-- math.fmod keeps the sign of the dividend
local cases = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {5.5, 2}, {-5.5, 2}, {1, 0.3}, {0, 5}, {-0.0, 5}, {5, 1 / 0}, {-5, 1 / 0}, {3, 3}, {1e308, 3}}
for _, c in ipairs(cases) do
  print(c[1], c[2], string.format("%.14g", math.fmod(c[1], c[2])), string.format("%.14g", c[1] % c[2]))
end
print(math.fmod(1, 0) ~= math.fmod(1, 0), math.fmod(1 / 0, 2) ~= math.fmod(1 / 0, 2))
print(1 / math.fmod(-0.0, 1), 1 / math.fmod(-4, 2))
print(math.fmod("7", "3"))
print(pcall(math.fmod, 1))
print(pcall(math.fmod))
