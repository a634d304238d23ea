-- basic setfenv/getfenv use
local function f() return gv end
gv = "from _G"
print(f())
setfenv(f, {gv = "from custom env"})
print(f())
print(getfenv(f).gv)
print(getfenv(print) == _G, getfenv(0) == _G, getfenv(1) == _G)
local env = setmetatable({}, {__index = _G})
local function g() newglobal = 5; return print ~= nil end
setfenv(g, env)
print(g(), env.newglobal, rawget(_G, "newglobal"))
local getfenv_ = getfenv
local function h() local e = getfenv_(1); return e end
local e2 = {}
setfenv(h, e2)
print(h() == e2)
