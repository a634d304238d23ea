-- multi-value calls inside expressions are truncated to one value
local function two() return 10, 20 end
print(two() + 1, -two(), two() .. "")
print(two() == 10, not two(), #{two()})
local t = {}
t[two()] = "key is 10"
print(t[10], t[20])
local a, b, c = two(), two()
print(a, b, c)
local s = {two(), k = two(), two()}
print(s[1], s[2], s[3], s.k)
if two() then print("truthy first value") end
local x = two() and two()
print(x, (two()) or 0)
