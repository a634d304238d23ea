-- assignments after closure creation are visible inside the closure
local x = 1
local function getx() return x end
x = 2
print(getx())
local function setx(v) x = v end
setx(3)
print(x, getx())
local t = {}
local function gett() return t end
t = {marker = "new table"}
print(gett().marker)
local f
local function callf() return f() end
f = function() return "late bound" end
print(callf())
