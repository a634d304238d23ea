-- exponentiation edge cases
print(2 ^ 0, 0 ^ 0, 0 ^ 1, 1 ^ math.huge == 1, 1 ^ (0/0))
print(2 ^ -1, 2 ^ -2, 4 ^ 0.5, 8 ^ (1/3) > 1.99)
print(-2 ^ 2, (-2) ^ 2, -2 ^ -2, (-2) ^ -2)
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2, 2 ^ -3 ^ 2)
print(10 ^ 15, 10 ^ 16, 10 ^ 308 * 10)
print(tostring((-8) ^ 0.5) == tostring(0/0), 0 ^ -1, (-0) ^ -1)
local base, e = 3, 4
print(base ^ e, base ^ -e, (base ^ e) ^ 0.5)
print("2" ^ 3, 2 ^ "3")
