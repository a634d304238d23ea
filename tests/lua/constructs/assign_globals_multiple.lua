-- multiple assignment to globals, mixing globals and locals
g1, g2, g3 = "one", "two"
print(g1, g2, g3)
local l1
l1, g4 = 10, 20
print(l1, g4, _G.g4)
g1, g2 = g2, g1
print(g1, g2)
local function vals() return "r1", "r2", "r3" end
g5, g6, g7 = vals()
print(g5, g6, g7)
local t = {}
g8, t.f, l1 = 1, 2, 3
print(g8, t.f, l1)
_G.g9, g10 = "via _G", "plain"
print(g9, _G.g10)
