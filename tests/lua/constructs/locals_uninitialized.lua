-- locals without initializers are nil; extra values are dropped
local a
local b, c
print(a, b, c)
local d, e = 1
print(d, e)
local f, g = 1, 2, 3
print(f, g)
local h, i, j = nil, false
print(h, i, j)
local k = (nil)
print(k)
local l, m = (function() return 1, 2, 3 end)()
print(l, m)
