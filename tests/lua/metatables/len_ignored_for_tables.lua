-- LuaJIT (5.1 semantics) ignores __len on tables
local called = false
local t = setmetatable({1, 2, 3}, {__len = function() called = true; return 99 end})
print(#t, called)
local empty = setmetatable({}, {__len = function() return 5 end})
print(#empty)
print(table.getn(t))
local proxy = setmetatable({}, {__index = {1, 2, 3, 4}})
print(#proxy, proxy[4])
print(#"abc", #"")
