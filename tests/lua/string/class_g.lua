-- LuaJIT 2.1 knows %g: printable characters other than space
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
local _, n = all:gsub("%g", "")
local _, m = all:gsub("%G", "")
print(n, m)
local g = all:gsub("%G", "")
print(g:byte(1), g:byte(-1), #g)
print(string.find("a b", "%g+"), string.gsub("a b\1", "%G", "_"))
print(string.match("  word  ", "%g+"), string.match("x y", "[%g]+"))
