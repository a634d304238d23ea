-- the math table's fields, sorted by name
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(#names)
print(table.concat(names, " "))
