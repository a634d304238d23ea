-- indexing functions, booleans and numbers held in various places
local fn = print
print(pcall(function() return fn.x end))
print(pcall(function() local f = function() end; return f.x end))
print(pcall(function() return print.x end))
local t = {n = 1, b = true, f = print}
print(pcall(function() return t.n.x end))
print(pcall(function() return t.b.x end))
print(pcall(function() t.f.x = 1 end))
print(pcall(function() return t.n:m() end))
print(pcall(function() return ("s"):nomethod() end))
