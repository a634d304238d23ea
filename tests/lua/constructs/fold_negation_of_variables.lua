-- -(-x), double negation, and folding mixed with variables
local x = 7
print(-(-x), - -x, -(-(-x)))
local y = -x
print(y, -y, y + -y)
local s = 2.5
print(-(-s) == s, -(s - s), 1 / -(s - s))
print(not not x, not (not nil))
local a, b = 3, 4
print(-(a * b), -a * -b, (-a) ^ 2, -a ^ 2)
print(-(a - b), b - a, -(a + -b))
local zero = 0
print(-zero, tostring(-zero), 1 / -zero)
print(x * 0 + 1, 0 * -x, tostring(0 * -x))
