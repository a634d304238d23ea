-- table.insert appending and at explicit positions
local t = {}
table.insert(t, "a")
table.insert(t, "b")
print(table.concat(t, ","))
table.insert(t, 1, "first")
print(table.concat(t, ","))
table.insert(t, 2, "second")
print(table.concat(t, ","))
table.insert(t, #t + 1, "last")
print(table.concat(t, ","), #t)
table.insert(t, #t, "beforelast")
print(table.concat(t, ","))
local n = {}
for i = 1, 5 do table.insert(n, 1, i) end
print(table.concat(n, " "))
print(table.insert(n, 0) == nil, #n)
