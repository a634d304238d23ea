-- basic arithmetic on integers and floats
local a, b = 17, 5
print(a + b, a - b, a * b, a / b, a % b, a ^ 2)
local x, y = 2.5, 0.5
print(x + y, x - y, x * y, x / y, x % y, x ^ y)
print(1 + 1.5, 3 - 0.5, 2 * 0.25, 1 / 4)
print(1e3 + 1, 1e3 * 1e3, 1e-3 * 1e3)
print(10 / 3, -10 / 3, 10 / -3)
print(2 ^ 10, 2 ^ 0.5, 10 ^ -2, (-2) ^ 3, (-8) ^ 2)
print(math.floor(3.7), math.floor(-3.7), math.floor(-0.5), math.floor(5))
print(math.max(1, 5, 3), math.min(4, -2, 8), math.max(-1.5, -2.5))
local big = 2 ^ 52
print(big + 0.5, big + 1, big * 2)
print(3 * (4 + 5) / 9 - 2)
