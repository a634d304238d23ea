-- __eq is consulted only for two tables with the same __eq function
local calls = 0
local function eq(a, b) calls = calls + 1; return true end
local mt1 = {__eq = eq}
local mt2 = {__eq = eq}
local mt3 = {__eq = function(a, b) calls = calls + 100; return true end}
local a = setmetatable({}, mt1)
local b = setmetatable({}, mt2)
local c = setmetatable({}, mt3)
print(a == b, calls)
print(a == c, calls)
print(a == a, calls)
print(a == 1, a == "x", a == nil, calls)
print(a ~= b, calls)
print(rawequal(a, b), calls)
local plain = {}
print(a == plain, plain == a, calls)
