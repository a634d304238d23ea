-- sums of integers stay exact below 2^53
local s = 0
for i = 1, 100000 do s = s + i end
print(s, s == 100000 * 100001 / 2)
local p = 1
for i = 1, 20 do p = p * i end
print(p, p == 2432902008176640000)
local big = 2 ^ 52
print(big + 1 - big, big * 2 + 1 - big * 2)
local f = 1
for i = 1, 25 do f = f * i end
print(f)
print(string.format("%.0f", 2 ^ 60), string.format("%.0f", p))
