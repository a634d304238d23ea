-- the __metatable field protects a metatable
local protected = setmetatable({}, {__metatable = "locked", __index = {x = 1}})
print(getmetatable(protected), protected.x)
print(pcall(setmetatable, protected, {}))
local hidden = setmetatable({}, {__metatable = false})
print(getmetatable(hidden))
local mt = {}
local t = setmetatable({}, mt)
print(getmetatable(t) == mt, getmetatable({}), getmetatable(1))
print(setmetatable(t, nil) == t, getmetatable(t))
print(getmetatable("abc").__index == string)
local tbl_mt = {__metatable = {fake = true}}
local u = setmetatable({}, tbl_mt)
print(getmetatable(u).fake, getmetatable(u) == tbl_mt)
print(pcall(setmetatable, {}, 5))
