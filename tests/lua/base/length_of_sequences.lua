-- # on proper sequences and after growing/shrinking them
local t = {}
print(#t)
for i = 1, 10 do t[i] = i end
print(#t)
t[#t + 1] = 11
print(#t)
t[#t] = nil
t[#t] = nil
print(#t)
local s = {"a", "b", "c", n = 3}
print(#s, s.n)
print(#{1, 2, 3, nil}, #{nil}, #{n = 1})
local g = {}
for i = 1, 100 do g[#g + 1] = i end
print(#g, g[#g])
print(table.getn(g), table.maxn(g), table.maxn({[5] = 1, [2.5] = 1}))
