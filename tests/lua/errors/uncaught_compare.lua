-- uncaught comparison error in a sort comparator
local data = {3, 1, 2}
table.sort(data)
print(data[1], data[2], data[3])
local function less(a, b) return a.key < b.key end
local items = {{key = 1}, {key = 2}, {}}
local ok = pcall(table.sort, items, less)
print("pcall sort ok:", ok)
local x = {key = 5}
print(less(x, {}))
