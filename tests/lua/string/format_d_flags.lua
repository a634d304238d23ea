-- %d with flags, widths and precisions
local v = {0, 7, -7, 42, -42, 123456789}
for _, spec in ipairs({"%d", "%5d", "%-5d", "%05d", "%+d", "% d", "%+5d", "%-+6d", "% 05d", "%.3d", "%8.3d", "%-8.3d", "%.0d", "%#d", "%+.2d"}) do
  local out = {}
  for _, n in ipairs(v) do out[#out + 1] = "[" .. string.format(spec, n) .. "]" end
  print(spec, table.concat(out))
end
print(string.format("%2d|%2d|%2d", 1, 22, 333))
print(string.format("%-+ 0d", 5), string.format("% +d", 5), string.format("%0-5d|", 5))
