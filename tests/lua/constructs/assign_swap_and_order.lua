-- multiple assignment: all expressions are evaluated before assigning
local a, b = 1, 2
a, b = b, a
print(a, b)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
local t = {1, 2}
t[1], t[2] = t[2], t[1]
print(t[1], t[2])
local i = 1
local u = {}
i, u[i] = i + 1, 20
print(i, u[1], u[2])
local v = {}
local j = 1
u[j], j = "first", 2
print(u[1], j)
