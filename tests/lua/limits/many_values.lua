-- Many arguments, results and table items.
local function count(...) return select("#", ...) end
local t = {}
for i = 1, 5000 do t[i] = i end
print(count(unpack(t)))
print(select(4999, unpack(t)))
local function many() return unpack(t, 1, 200) end
print(count(many()))
print(pcall(unpack, t, 1, 1e7))
print(#{ unpack(t, 1, 300) })
