# this first line begins with '#', so it is ignored by the loader
local t = {}
for i = 1, 3 do t[i] = i * i end
print(table.concat(t, ","))
print("shebang-style line skipped")
