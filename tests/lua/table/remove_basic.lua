-- table.remove removes and returns the last element by default
local t = {"a", "b", "c", "d"}
print(table.remove(t), #t, table.concat(t, ","))
print(table.remove(t, 1), #t, table.concat(t, ","))
print(table.remove(t, 2), #t, table.concat(t, ","))
print(table.remove(t), #t)
print(table.remove(t), #t)
local u = {10, 20, 30}
print(table.remove(u, #u), table.concat(u, ","))
local v = {1, 2, 3, 4, 5}
while #v > 0 do local x = table.remove(v, 1) print(x, #v) end
