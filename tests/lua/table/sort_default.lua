-- table.sort with the default < order
local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 10}
table.sort(t)
print(table.concat(t, ","))
t = {3.5, -1, 0, 2 ^ 53, -1 / 0, 1 / 0, 0.25, -7.5}
table.sort(t)
print(table.concat(t, ","))
t = {"banana", "apple", "Cherry", "apple2", "", "a", "B"}
table.sort(t)
print(table.concat(t, ","))
t = {"b\0", "b", "a\255", "a\0", "\0"}
table.sort(t)
for i, s in ipairs(t) do print(i, s:byte(1, -1)) end
t = {}
table.sort(t)
print(#t)
t = {42}
table.sort(t)
print(t[1])
print(select("#", table.sort({2, 1})))
