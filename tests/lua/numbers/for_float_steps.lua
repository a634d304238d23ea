-- numeric for with fractional and negative steps
local out = {}
for x = 0, 1, 0.25 do out[#out + 1] = x end
print(table.concat(out, " "))
out = {}
for x = 1, 0, -0.5 do out[#out + 1] = x end
print(table.concat(out, " "))
out = {}
for x = 0, 0.3, 0.1 do out[#out + 1] = x end
print(#out, table.concat(out, " "))
local n = 0
for x = 1, 0 do n = n + 1 end
for x = 0, 1, -1 do n = n + 1 end
print(n)
out = {}
for x = 5, 5 do out[#out + 1] = x end
for x = 2 ^ 52 - 2, 2 ^ 52 do out[#out + 1] = x - 2 ^ 52 end
print(table.concat(out, " "))
