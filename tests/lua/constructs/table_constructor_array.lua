-- array-style constructors
local t = {10, 20, 30}
print(#t, t[1], t[2], t[3], t[4])
local e = {}
print(#e, e[1])
local nested = {{1, 2}, {3, {4, 5}}}
print(nested[1][2], nested[2][2][1], #nested[2][2])
local mixedtypes = {1, "two", true, 4.5}
for i, v in ipairs(mixedtypes) do print(i, type(v), tostring(v)) end
local big = {}
for i = 1, 100 do big[i] = i end
print(#big, big[50])
local s = {"a", "b", "c",}
print(#s, table.concat(s))
