-- table.insert, table.remove, table.concat, table.sort
local t = {}
table.insert(t, "a")
table.insert(t, "c")
table.insert(t, 2, "b")
table.insert(t, 1, "start")
print(#t, table.concat(t, " "))
print(table.remove(t), #t)
print(table.remove(t, 1), #t, table.concat(t, " "))
print(table.concat({1, 2, 3}), table.concat({1, 2, 3}, ", ", 2), table.concat({1, 2, 3}, "-", 1, 2))
print(table.concat({}), table.concat({"x"}, "sep"))
local nums = {5, 3, 9, 1, 7, 2}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "))
local recs = {{n = "b", v = 2}, {n = "a", v = 2}, {n = "c", v = 1}}
table.sort(recs, function(x, y) if x.v ~= y.v then return x.v < y.v end return x.n < y.n end)
print(recs[1].n, recs[2].n, recs[3].n)
print(table.remove({}), #t)
