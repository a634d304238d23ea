-- setfenv changes where a function looks up globals
x = "global x"
local function show() return x, y end
print(show())
local env = {x = "env x", y = "env y"}
print(setfenv(show, env) == show)
print(show())
print(getfenv(show) == env, getfenv(print) == _G, getfenv(0) == _G)
local function writer() newvar = 123 end
setfenv(writer, env)
writer()
print(env.newvar, rawget(_G, "newvar"))
local inherit = setmetatable({}, {__index = _G})
local function usesPrint() print("print reached via __index", x) end
setfenv(usesPrint, inherit)
usesPrint()
