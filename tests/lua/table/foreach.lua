-- table.foreach calls f(k, v) and stops at the first non-nil result
local t = {10, 20, 30}
table.foreach(t, function(k, v) print(k, v) end)
print(table.foreach(t, function(k, v) if v == 20 then return "found " .. k end end))
print(table.foreach({}, print))
print(select("#", table.foreach({1}, function() end)))
print(table.foreach({5}, function(k, v) return false end))
local only = {key = "value"}
table.foreach(only, print)
local sum = 0
table.foreach({1, 2, 3, a = 4}, function(k, v) sum = sum + v end)
print(sum)
print(pcall(table.foreach))
print(pcall(table.foreach, {}))
print(pcall(table.foreach, {}, "x"))
print(pcall(table.foreach, {1}, function() error("stop") end))
