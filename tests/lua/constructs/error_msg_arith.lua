-- runtime error messages for arithmetic on bad operands
local u = {}
print(pcall(function() return u + 1 end))
print(pcall(function() local l = {}; return l * 2 end))
print(pcall(function() return undefined_g - 1 end))
print(pcall(function() local t = {f = "x"}; return t.f / 2 end))
print(pcall(function() local t = {}; return t.none % 2 end))
print(pcall(function() local b = false; return -b end))
print(pcall(function() return 1 + nil end))
print(pcall(function() local s = "abc"; return s ^ 2 end))
print(pcall(function() local a, b = 1, {}; return a + b end))
