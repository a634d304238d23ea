-- printing of big numbers and special floating point values
print(1e15, 1e16, 2^53, 2^53 + 1, 2^63, 2^64)
print(tostring(-0), tostring(0 * -1), tostring(-0.0))
print(tostring(1/0), tostring(-1/0))
local nan = 0/0
print(nan ~= nan, nan == nan)
local s = tostring(0/0)
print(s, tostring(-(0/0)), tostring(math.huge - math.huge))
print(math.huge, -math.huge, math.huge == 1/0)
print(1e15 + 0.5, 123456789012345.6)
print(99999999999999, 999999999999999, 9999999999999999)
print(1e-5, 1e-4, 0.0001, 123e-7)
print(2^31, 2^32, 2^-1, 2^-1074 > 0)
print(string.format("%d", 2^31), string.format("%5.2f", 1/3))
