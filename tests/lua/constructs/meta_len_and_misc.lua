-- LuaJIT (Lua 5.1 semantics): __len is not used for tables; __index on missing method
local t = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#t)
local proxy = setmetatable({}, {__index = {1, 2, 3}})
print(#proxy, proxy[3])
local mt = {__index = function(t, k) return function(self, ...) return k .. "(" .. select("#", ...) .. ")" end end}
local dyn = setmetatable({}, mt)
print(dyn:anything(1, 2), dyn:other())
local counter = setmetatable({}, {__index = function(t, k) return 0 end})
counter.a = counter.a + 1
counter.a = counter.a + 1
counter.b = counter.b + 5
print(counter.a, counter.b, counter.c)
