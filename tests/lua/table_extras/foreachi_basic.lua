-- table.foreachi walks 1..#t, reading raw, with the length taken once
table.foreachi({"a", "b", "c", x = "skipped"}, print)
print(table.foreachi({5, 6, 7}, function(i, v) if i == 2 then return "stop", "extra" end end))
print(table.foreachi({}, print))
local t = {1, 2, 3}
table.foreachi(t, function(i, v) t[i + 1] = nil print(i, v) end)
local u = setmetatable({1, 2, 3}, {__index = function() return "mt" end})
table.foreachi(u, function(i, v) if i == 1 then u[2] = nil end print(i, v) end)
local grow = {1}
table.foreachi(grow, function(i, v) grow[i + 1] = v + 1 print(i, v) end)
print(#grow)
print(table.foreachi({false, false}, function(i, v) return v end))
