-- %a and %A hexadecimal floats
local v = {0, 1, -1, 0.5, 2, 3, 0.1, 1 / 3, 1e100, 2 ^ -1022, 2 ^ -1074, 255.5}
for _, n in ipairs(v) do
  print(string.format("%a|%A|%.0a|%.2a|%+a|%20a|%-20a|%#a", n, n, n, n, n, n, n, n))
end
print(string.format("%a", -0.0), string.format("%.13a", 1), string.format("%.1a", 1.96875))
