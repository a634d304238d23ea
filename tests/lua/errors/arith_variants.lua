-- arithmetic on bad operands names the culprit
local up = {}
print(pcall(function() local x; return x + 1 end))
print(pcall(function() return 1 - noglobal end))
print(pcall(function() local t = {}; return t.f * 2 end))
print(pcall(function() return up / 2 end))
print(pcall(function() local b = true; return -b end))
print(pcall(function() local s = "abc"; return s % 2 end))
print(pcall(function() local x = {}; return 2 ^ x end))
print(pcall(function() return {} + 1 end))
