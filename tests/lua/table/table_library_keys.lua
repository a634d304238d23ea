-- the table library's functions, sorted by name
local names = {}
for k, v in pairs(table) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(#names)
print(table.concat(names, " "))
print(type(unpack), table.unpack == nil)
