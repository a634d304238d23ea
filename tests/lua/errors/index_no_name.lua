-- indexing values that have no name gives plain 'a nil value'
local function f() return nil end
print(pcall(function() return f().x end))
print(pcall(function() return (nil).x end))
local t = {}
print(pcall(function() return t[1][2] end))
local k = "key"
print(pcall(function() return t[k].z end))
print(pcall(function() return ({})[1].x end))
