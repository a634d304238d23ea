-- table.maxn and table.getn
print(table.maxn({1, 2, [10] = 3, [1.5] = 4, x = 5}), table.maxn({}), table.maxn({[-5] = 1}))
print(table.maxn({[2^40] = true, 1}))
print(table.getn({1, 2, 3}), table.getn({}))
print(pcall(table.getn, nil))
print(pcall(table.maxn, "x"))
