-- constant folding edge cases with nan and signed zero
print(0/0 ~= 0/0, 0/0 == 0/0)
print(-0, 0, -0 == 0)
print(1/-0, 1/0, 1/(-0), -1/-0)
print(1/(0 * -1), 1/(-0 + 0), 1/(0 - 0), 1/(-0 - 0))
print(-(0), -(-0), 1/-(-0))
print(0 * -1, -0 * -1, 0 / -5)
local x = 0
print(1/-x, 1/(x * -1), -x)
print(tostring(-0.0) == "-0", 3 - 3, -(3 - 3))
