-- basic floating point arithmetic results
print(7 / 2, -7 / 2, 7 / -2, 1 / 8)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(1e15 + 0.3, 2 ^ 53 + 1 == 2 ^ 53)
print(3 * 1.1, 10 / 4 * 4, 1 - 0.9)
print(100 * 1.1, 0.7 + 0.1, 4.35 * 100)
local s = 0
for i = 1, 10 do s = s + 0.1 end
print(s, s == 1, math.abs(s - 1) < 1e-12)
print(2 ^ 0.5, 8 ^ (1 / 3), 10 ^ -2)
