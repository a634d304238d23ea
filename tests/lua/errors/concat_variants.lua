-- concatenation errors name the value
local up = {}
print(pcall(function() local x; return "a" .. x end))
print(pcall(function() return noglobal .. "b" end))
print(pcall(function() local t = {}; return t.f .. "c" end))
print(pcall(function() return "d" .. up end))
print(pcall(function() local b = true; return b .. "" end))
print(pcall(function() return "x" .. 1 .. {} end))
print(pcall(function() local f = print; return 1 .. f end))
