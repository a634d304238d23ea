-- table.foreachi walks 1..#t in order
local t = {"a", "b", "c"}
table.foreachi(t, print)
print(table.foreachi(t, function(i, v) if v == "b" then return i, "extra" end end))
print(table.foreachi({}, print))
table.foreachi({1, 2, x = 3}, function(i, v) print("i", i, v) end)
local z = {[0] = "zero", "one"}
table.foreachi(z, print)
print(table.foreachi({false, false}, function(i, v) return v end))
local count = 0
table.foreachi({1, 2, 3}, function(i, v) count = count + v end)
print(count)
print(pcall(table.foreachi))
print(pcall(table.foreachi, {1}, 5))
print(pcall(table.foreachi, nil, print))
