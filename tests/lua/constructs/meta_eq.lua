-- __eq is only used for two tables (or two userdata) with the same metamethod
local mt = {__eq = function(a, b) return a.id == b.id end}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 1}, mt)
local c = setmetatable({id = 2}, mt)
print(a == b, a ~= b, a == c, a ~= c)
print(a == 1, a == "x", rawequal(a, b), rawequal(a, a))
local other = setmetatable({id = 1}, {__eq = function() return true end})
print(a == other, other == a)
local plain = {id = 1}
print(a == plain, plain == a)
local calls = 0
local counting = {__eq = function() calls = calls + 1; return false end}
local x, y = setmetatable({}, counting), setmetatable({}, counting)
print(x == x, x == y, calls)
local truthy = {__eq = function() return "yes" end}
local p, q = setmetatable({}, truthy), setmetatable({}, truthy)
print(p == q, p ~= q)
