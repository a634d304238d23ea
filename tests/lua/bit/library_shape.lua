local names = {}
for name, value in pairs(bit) do names[#names + 1] = name .. ":" .. type(value) end
table.sort(names)
print(table.concat(names, " "))
