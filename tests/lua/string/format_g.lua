-- %g and %G choose between fixed and exponent forms
local v = {0, 1, -1, 0.1, 100000, 1000000, 1234567, 0.0001, 0.00001, 123.456, 1e100, 1e-100, 1 / 3, 2 ^ 53, 5e-324}
for _, n in ipairs(v) do
  print(string.format("%g|%G|%.0g|%.1g|%.3g|%.10g|%#g|%#.3g|%+g|%12g|%-12g|%012g", n, n, n, n, n, n, n, n, n, n, n, n))
end
print(string.format("%.14g %.14g %.14g", 0.1, 1 / 3, 100 / 3))
print(string.format("%.17g %.17g %.17g", 0.1, 1 / 3, 2 ^ 63))
print(string.format("%g", -0.0), string.format("%.20g", 0.1))
print(string.format("%G", 1e-10), string.format("%g", 1e15), string.format("%g", 1e16))
