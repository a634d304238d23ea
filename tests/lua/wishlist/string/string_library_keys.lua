-- the string table's functions, sorted by name
local names = {}
for k, v in pairs(string) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(#names)
for _, n in ipairs(names) do print(n) end
