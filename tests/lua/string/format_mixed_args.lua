-- several conversions in one call consume arguments in order
print(string.format("%s=%d (%5.1f%%) [%-4s] %x", "width", 42, 12.345, "ok", 255))
print(string.format("%c%c%c-%d-%q", 97, 98, 99, -1, "z"))
print(string.format("%3s|%-3s|%03d|%.1e", "a", "b", 7, 12345))
print(string.format("%s %s %s %s %s", 1, "2", 3.5, nil, false))
local parts = {}
for i = 1, 5 do parts[i] = string.format("%02d:%-3s:%5.2f", i, ("x"):rep(i % 4), i / 3) end
print(table.concat(parts, " "))
print(("%d-%d"):format(1, 2), ("[%s]"):format("m"))
print(string.format("%s", 0.1), string.format("%.14g", 0.1), tostring(0.1))
