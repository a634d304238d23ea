-- the __metatable field hides and protects a metatable
local real = {__metatable = "locked", __index = {x = 1}}
local t = setmetatable({}, real)
print(getmetatable(t), t.x)
print(pcall(setmetatable, t, {}))
print(pcall(function() local r = setmetatable(t, nil); return r end))
local t2 = setmetatable({}, {__metatable = false})
print(getmetatable(t2))
print(pcall(function() local r = setmetatable(t2, {}); return r end))
local t3 = setmetatable({}, {__metatable = {fake = true}})
print(type(getmetatable(t3)), getmetatable(t3).fake)
real.__index = {x = 2}
print(t.x)
local plain = setmetatable({}, {})
print(getmetatable(plain) ~= nil, getmetatable({}), getmetatable(1))
print(setmetatable(plain, nil) == plain, getmetatable(plain))
