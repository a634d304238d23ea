-- calling results with no name
local function f() return nil end
print(pcall(function() f()() end))
local t = {}
print(pcall(function() t[1]() end))
print(pcall(function() local k = 3; t[k]() end))
print(pcall(function() return (f())() end))
local mt = {}
print(pcall(function() ({})[mt]() end))
