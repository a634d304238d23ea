-- unary minus on constants, variables and expressions
local a = 5
local b = -a
print(-5, -a, b, -b, - -a)
print(-(a + 1), -a + 1, -a ^ 2)
local f = 2.5
print(-f, -(-f), -(f * 2))
local z = 0
print(-z, 0 - z, tostring(-z))
local s = "3"
print(-s, type(-s), -"0x10", -"1e2")
local t = setmetatable({}, {__unm = function() return "negated" end})
print(-t)
print(-math.huge, -(-math.huge))
