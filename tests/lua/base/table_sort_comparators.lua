-- table.sort with default and custom comparators on distinct keys
local nums = {5, 2, 8, 1, 9, 3, 7}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "))
local words = {"pear", "Apple", "fig", "banana", "cherry"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(words, " "))
local recs = {{n = "c", v = 3}, {n = "a", v = 1}, {n = "b", v = 2}}
table.sort(recs, function(x, y) return x.v > y.v end)
print(recs[1].n, recs[2].n, recs[3].n)
local one, none = {42}, {}
table.sort(one); table.sort(none)
print(one[1], #none)
local neg = {-1, -10, 0, 10, 1.5, -1.5}
table.sort(neg)
print(table.concat(neg, " "))
