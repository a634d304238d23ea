-- table.foreach walks the pairs and stops at the first non-nil result
local t = {10, 20, 30}
table.foreach(t, function(k, v) print(k, v) end)
print(table.foreach(t, function(k, v) if v == 20 then return "found " .. k end end))
print(table.foreach(t, function(k, v) return false end))
print(select("#", table.foreach({}, print)))
print(select("#", table.foreach(t, function(k, v) return k, v end)))
table.foreach({key = "value"}, print)
local sum = 0
table.foreach({1, 2, 3, a = 4}, function(k, v) sum = sum + v end)
print(sum)
local u = setmetatable({}, {__index = function() return "mt" end})
u.x = 1
table.foreach(u, print)
