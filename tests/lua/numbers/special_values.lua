-- nan, inf and negative zero
local inf, nan = 1 / 0, 0 / 0
print(inf, -inf, math.huge, -math.huge)
print(inf == math.huge, inf > 1e308, -inf < -1e308)
print(nan ~= nan, nan == nan, nan < 1, nan > 1, nan <= nan)
print(inf - inf ~= inf - inf, inf * 0 ~= inf * 0)
local nz = -0
print(nz, 0 * -1, -0.0, 0 / -1)
print(nz == 0, 1 / nz, 1 / 0)
print(math.huge * 2, -math.huge / 2, inf + 1 == inf)
print(1e308 * 10, -1e308 * 10, 2 ^ 1024)
