-- %e and %E
local v = {0, 1, -1, 0.1, 123.456, 1e100, 1e-100, 2 ^ -1074, 1 / 3, 6.02214076e23}
for _, n in ipairs(v) do
  print(string.format("%e|%E|%.0e|%.2e|%#.0e|%+e|% e|%15.3e|%-15.3E|%015.3e", n, n, n, n, n, n, n, n, n, n))
end
print(string.format("%e", -0.0), string.format("%.20e", 0.1))
print(string.format("%.3e %.3e %.3e", 1.0005, 2.5e-5, 9.9995))
