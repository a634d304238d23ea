-- division and modulo by zero produce inf/nan, not errors
print(1 / 0, -1 / 0, 0 / 0)
print(1 / -0, -1 / -0)
local z = 0
print(1 / z, -1 / z, 1 / -z)
print(5 % 0, 0 % 0)
print(1 / 0 > 1e308, -1 / 0 < -1e308)
local inf = 1 / 0
print(inf - inf, inf * 0, inf + inf, inf / inf)
print(math.floor(1 / 0), math.max(1, inf), math.min(-inf, 0))
print(2 ^ 1024, -(2 ^ 1024), 0 ^ 0, 0 ^ -1)
print(pcall(function() return 1 / 0 end))
