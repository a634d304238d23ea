-- table.new's size limits raise "table overflow" without a position
local new = require "table.new"
print(pcall(new, 0, -1))
print(pcall(function() local t = new(0, -1) end))
print(pcall(function() local t = new(2^27 + 1, 0) end))
print(pcall(function() local t = new(0, 2^26 + 1) end))
print(pcall(function() local t = new(1e9, 0) end))
print(pcall(function() local t = new(0, 2^31) end))
