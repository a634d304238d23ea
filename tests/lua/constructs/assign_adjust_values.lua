-- assignment with more or fewer values than targets
local a, b, c = 1, 2
print(a, b, c)
a, b = 10, 20, 30
print(a, b)
local function two() return "x", "y" end
a, b, c = two()
print(a, b, c)
a, b, c = two(), "z"
print(a, b, c)
a, b, c = 0, two()
print(a, b, c)
a, b, c = (two())
print(a, b, c)
local function none() end
a, b = none()
print(a, b)
a, b, c = none(), 1
print(a, b, c)
