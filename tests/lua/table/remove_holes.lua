-- removing shifts down every element above the position
local t = {"a", "b", "c", "d", "e"}
print(table.remove(t, 2), table.concat(t, ","), #t)
print(table.remove(t, #t), table.concat(t, ","), #t)
print(table.remove(t, 1), table.remove(t, 1), table.concat(t, ","), #t)
local big = {}
for i = 1, 100 do big[i] = i end
local sum = 0
for i = 1, 50 do sum = sum + table.remove(big, 1) end
print(sum, #big, big[1], big[50], big[51])
local mixed = {1, "two", false, 4}
print(table.remove(mixed, 3), #mixed, mixed[3])
