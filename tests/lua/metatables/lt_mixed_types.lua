-- comparison metamethods need both operands of the same type
local mt = {__lt = function(a, b) return true end, __le = function() return true end}
local o = setmetatable({}, mt)
local p = setmetatable({}, mt)
print(o < p, o <= p)
print(pcall(function() return o < 1 end))
print(pcall(function() return 1 < o end))
print(pcall(function() return o <= "s" end))
local q = setmetatable({}, {__lt = function() return false end})
print(pcall(function() return o < q end))
print(pcall(function() return q < o end))
