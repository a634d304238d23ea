-- table.remove return values and edge cases
local t = {"a", "b", "c", "d"}
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, 2), table.concat(t, ","))
print(table.remove(t), #t)
print(table.remove(t), #t)
print(select("#", table.remove({})))
local u = {1, 2, 3}
print(table.remove(u, #u), table.concat(u, ","))
local q = {}
for i = 1, 6 do q[i] = i * i end
while #q > 0 do local v = table.remove(q, 1); if v > 9 then break end; print("took", v) end
print(#q, table.concat(q, ","))
