-- table.maxn finds the largest positive numeric key
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({[10] = 1}), table.maxn({[10] = 1, [20] = 2}))
print(table.maxn({[1.5] = true}), table.maxn({[-5] = true}), table.maxn({[0] = true}))
print(table.maxn({a = 1, b = 2}), table.maxn({1, [100] = 2, x = 3}))
print(table.maxn({[1e300] = 1}), table.maxn({[2 ^ 53] = 1, [3] = 1}), table.maxn({[1 / 0] = 1}))
local t = {1, 2, 3}
t[3] = nil
print(table.maxn(t))
t[50] = true
t[50] = nil
print(table.maxn(t))
print(table.maxn({["10"] = 1, [2] = 1}))
print(pcall(table.maxn))
print(pcall(table.maxn, "x"))
