-- %f with precisions, flags, and rounding
local v = {0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159265358979, 1e15, 1e20, 123456.789, 1e-7}
for _, n in ipairs(v) do
  print(string.format("%f|%.0f|%.1f|%.2f|%.3f|%#.0f|%+.2f|% .2f|%10.2f|%-10.2f|%010.2f", n, n, n, n, n, n, n, n, n, n, n))
end
print(string.format("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5))
print(string.format("%.1f %.1f %.1f %.2f", 0.05, 0.15, 0.25, 1.005))
print(string.format("%f", -0.0), string.format("%.20f", 0.1))
print(string.format("%.99f", 1 / 3):sub(1, 40), #string.format("%.99f", 1 / 3))
print(string.format("%f", 2 ^ 70), string.format("%.0f", 2 ^ 63))
print(string.format("%f", "1.5"), string.format("%.3f", "0x10"))
