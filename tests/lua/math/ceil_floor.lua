-- math.ceil and math.floor on fractions, negatives, huge values and strings
local v = {0, -0.0, 0.5, -0.5, 1.5, -1.5, 2, -2, 2.9999, -2.9999, 1e15 + 0.5, 2 ^ 52 + 0.5, 2 ^ 60, -2 ^ 60, 1e300}
for _, x in ipairs(v) do
  print(string.format("%.17g", x), math.floor(x), math.ceil(x))
end
print(math.floor(1 / 0), math.ceil(-1 / 0), math.floor(0 / 0) ~= math.floor(0 / 0))
print(1 / math.floor(-0.0), 1 / math.ceil(-0.5), 1 / math.ceil(-0.0))
print(math.floor("3.7"), math.ceil("3.2"), math.floor(" 0x1p4 "))
print(pcall(math.ceil, "a"))
