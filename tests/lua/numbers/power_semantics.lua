-- ^ with negative bases, fractional and negative exponents
print(2 ^ 10, 2 ^ -1, 2 ^ 0, 0 ^ 0)
print((-2) ^ 2, (-2) ^ 3, -2 ^ 2)
print((-8) ^ (1 / 3), (-1) ^ 0.5)
print(4 ^ 0.5, 27 ^ (1 / 3), 2 ^ 0.5 * 2 ^ 0.5)
print(0 ^ -1, 0 ^ 1, (-0) ^ -1)
print(math.huge ^ 0, 1 ^ math.huge, 2 ^ -math.huge)
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(10 ^ 15, 10 ^ 16, 10 ^ -5)
