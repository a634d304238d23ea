-- require "table.new" returns the function and adds table.new
print(table.new)
print(type(package.preload["table.new"]), type(package.preload["table.clear"]))
local new = require "table.new"
print(type(new), table.new == new, package.loaded["table.new"] == new)
print(require "table.new" == new)
print(table.clear)
