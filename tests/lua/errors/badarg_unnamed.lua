-- builtins called directly by pcall or in tail position are reported as '?'
print(pcall(setmetatable, nil))
print(pcall(tonumber, "10", 99))
print(pcall(select, 0))
print(pcall(string.rep))
print(pcall(function() return rawget(nil, 1) end))
print(pcall(function() local r = rawget(nil, 1) return r end))
local f = setmetatable
print(pcall(function() local r = f(1); return r end))
local obj = {set = setmetatable}
print(pcall(function() local r = obj.set(1); return r end))
print(pcall(function() local r = obj:set(1); return r end))
