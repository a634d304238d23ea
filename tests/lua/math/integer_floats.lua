-- integer-valued floats print without a fraction up to 1e15
for _, e in ipairs({0, 1, 10, 14, 15, 16, 17, 20, 52, 53, 62, 63, 64}) do
  local x = 2 ^ e
  print(e, x, -x, x - 1, x + 1)
end
print(1e14, 1e15, 1e16, 99999999999999, 999999999999999, 9999999999999999)
print(math.floor(2 ^ 53 + 1) == 2 ^ 53, 2 ^ 53 + 1 == 2 ^ 53, 2 ^ 53 + 2)
