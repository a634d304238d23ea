-- table.getn is the length operator
print(table.getn({}), table.getn({1, 2, 3}), table.getn({n = 5}), table.getn({"a", "b", n = 10}))
local t = {}
for i = 1, 20 do t[i] = i end
print(table.getn(t), #t)
t[20] = nil
print(table.getn(t), #t)
print(table.getn(setmetatable({}, {__len = function() return 99 end})))
print(pcall(table.getn))
print(pcall(table.getn, "abc"))
print(pcall(table.getn, nil))
print(pcall(function() local n = table.getn(5) return n end))
