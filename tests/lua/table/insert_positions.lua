-- table.insert at a position shifts the elements up
local t = {"a", "b", "c"}
table.insert(t, 1, "start")
print(table.concat(t, ","))
table.insert(t, 3, "mid")
print(table.concat(t, ","))
table.insert(t, #t + 1, "end")
print(table.concat(t, ","))
table.insert(t, #t, "beforeEnd")
print(table.concat(t, ","))
local u = {}
table.insert(u, 1, "only")
print(#u, u[1])
table.insert(u, 1.0, "float pos")
print(table.concat(u, ","))
table.insert(u, "2", "string pos")
print(table.concat(u, ","))
