-- assignments through field chains and computed keys
local t = {a = {b = {}}, list = {}}
t.a.b.c = "deep"
t["a"]["b"]["d"] = "bracket"
t.list[#t.list + 1] = "x"
t.list[#t.list + 1] = "y"
print(t.a.b.c, t.a.b.d, #t.list, t.list[2])
local k = "dynamic"
t[k] = {}
t[k][k .. "2"] = 5
print(t.dynamic.dynamic2)
local function get() return t.a end
get().b.e = "via call"
print(t.a.b.e)
local grid = {}
for i = 1, 3 do grid[i] = {} for j = 1, 3 do grid[i][j] = i * 10 + j end end
grid[2][2], grid[3][3] = grid[3][3], grid[2][2]
print(grid[2][2], grid[3][3], grid[1][3])
local s = {}
s.x, s.y, s.z = 1, 2
print(s.x, s.y, s.z)
