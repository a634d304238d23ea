-- division by zero yields infinities or nan, never an error
print(1 / 0, -1 / 0, 0 / 0 ~= 0 / 0)
print(1 / -0, -1 / -0, 5 / (0 * -1))
local z = 0
print(10 / z, -10 / z, z / z ~= z / z)
print(math.floor(7 / 2), math.floor(-7 / 2), math.ceil(-7 / 2))
print(1 / (1 / 0), -1 / (1 / 0), 1 / (-1 / 0))
print(pcall(function() return 1 / 0 end))
