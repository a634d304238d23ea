-- table.new's argument checks and coercions
local new = require "table.new"
print(pcall(new))
print(pcall(new, 1))
print(pcall(new, "x", 1))
print(pcall(new, 1, {}))
print(type(new("3", "4")))
print(type(new(1.5, 2.5)))
print(type(new(-5, 0)))
print(type(new(2^31, 0)))
print(pcall(function() local t = new({}, 1) end))
print(pcall(function() local t = new(1, nil) end))
