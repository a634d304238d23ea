-- table.getn and table.maxn
print(table.getn({}), table.getn({1, 2, 3}), table.getn({n = 10}))
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({[10] = true}))
print(table.maxn({[1.5] = 1, [-3] = 1}), table.maxn({a = 1, [2] = 1}))
local t = {1, 2, 3}
t[7] = 7
print(table.maxn(t))
t[7] = nil
print(table.maxn(t), table.getn(t))
print(table.maxn({[1e10] = 1, [3] = 1}))
