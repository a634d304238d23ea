-- debug.getmetatable ignores __metatable; setmetatable returns the value.
local t = setmetatable({}, { __metatable = "locked" })
print(getmetatable(t), type(debug.getmetatable(t)))
local mt = {}
print(debug.setmetatable(t, mt) == t, debug.getmetatable(t) == mt)
print(debug.getmetatable("s").__index == string)
print(debug.getmetatable(1), debug.getmetatable(nil))
print(type(debug.getregistry()))
local function f() return x end
local env = { x = "from env" }
print(debug.setfenv(f, env) == f, f(), debug.getfenv(f) == env)
local fake = {}
print((pcall(debug.setfenv, print, fake)))
print(debug.getfenv(print) == fake)
debug.setfenv(print, _G)
print(debug.getfenv(1), debug.getfenv("s"))
