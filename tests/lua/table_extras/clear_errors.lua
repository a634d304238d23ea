-- table.clear's argument check
local clear = require "table.clear"
print(pcall(clear))
print(pcall(clear, 1))
print(pcall(clear, "t"))
print(pcall(function() clear(nil) end))
print(pcall(function() clear() end))
