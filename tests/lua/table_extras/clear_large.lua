-- clearing big tables and refilling them
local clear = require "table.clear"
local t = {}
for i = 1, 1000 do t[i] = i; t["k" .. i] = i end
clear(t)
print(#t, next(t))
for i = 1, 500 do t[i] = -i end
print(#t, t[500])
local n = 0
for k in pairs(t) do n = n + 1 end
print(n)
clear(t)
collectgarbage()
print(#t, next(t))
