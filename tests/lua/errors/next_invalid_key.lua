-- next with a key that is not in the table
local t = {a = 1}
print(pcall(next, t, "zzz"))
print(pcall(next, {}, 1))
print(pcall(function() return next(t, {}) end))
print(next({}))
print(next({}, nil))
print(next({10}))
print(next({10}, 1))
print(pcall(next, nil))
print(pcall(function() return next(5) end))
