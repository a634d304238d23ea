-- unary minus on numbers, strings and zero
local a = 5
print(-a, - -a, -(-a), -(a - 10))
print(-0, -(0), 0 - 0, -(1 - 1))
print(-"5", -"0", -" 2 ", type(-"1"))
print(-2 ^ 2, (-2) ^ 2, -2 ^ -2)
local z = 0
print(-z, 0 * -z, -z == z)
print(-(1 / 0), -(0 / 0) ~= -(0 / 0))
