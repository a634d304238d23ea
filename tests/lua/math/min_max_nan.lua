-- NaN arguments: the result depends on where the NaN is
local nan = 0 / 0
local function show(x) if x ~= x then return "nan" end return tostring(x) end
print(show(math.min(nan, 1)), show(math.min(1, nan)), show(math.max(nan, 1)), show(math.max(1, nan)))
print(show(math.min(nan)), show(math.max(nan)), show(math.min(nan, nan)))
print(show(math.min(1, nan, 0)), show(math.max(1, nan, 2)), show(math.min(2, 1, nan)), show(math.max(0, 1, nan)))
print(show(math.min(nan, 2, 1)), show(math.max(nan, 1, 2)))
