-- unpack with explicit ranges
local t = {"a", "b", "c", "d"}
print(unpack(t))
print(unpack(t, 3))
print(unpack(t, 2, 3))
print(unpack(t, 4, 4))
print(select("#", unpack(t, 5)))
print(unpack(t, -1, 2))
print(unpack({}, 1, 3))
print(select("#", unpack({}, 1, 3)))
local holes = {1, nil, 3}
print(unpack(holes, 1, 3))
local packed = {unpack(t, 2)}
print(#packed, packed[1])
print(unpack({n = 2, "x"}))
print(table.unpack)
