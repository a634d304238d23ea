-- calling non-functions: local, global, field, method, upvalue
local lv = 10
print(pcall(function() local x; x() end))
print(pcall(function() nosuchfn() end))
print(pcall(function() local t = {}; t.go() end))
print(pcall(function() local t = {}; t:go() end))
print(pcall(function() lv() end))
print(pcall(function() local s = "str"; s() end))
print(pcall(function() local t = {}; t() end))
print(pcall(function() local b = true; b(1, 2) end))
