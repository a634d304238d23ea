-- unpack with default and explicit ranges
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3))
print(unpack({1, 2, 3}, 3, 2))
print(unpack({}, 1, 2))
print(unpack({"a", nil, "c"}, 1, 3))
print(select("#", unpack({}, 1, 0)), select("#", unpack({n = 1}, 1, 4)))
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end
local big = {}
for i = 1, 200 do big[i] = i end
print(sum(unpack(big)))
print(unpack({1, 2}, -1, 1))
local a, b, c = unpack({"x", "y"})
print(a, b, c)
