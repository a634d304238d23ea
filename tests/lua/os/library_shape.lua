local names = {}
for name, value in pairs(os) do names[#names + 1] = name .. ":" .. type(value) end
table.sort(names)
print(table.concat(names, " "))
