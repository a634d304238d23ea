-- __index as a table: fallback lookups and chains
local defaults = {color = "red", size = 10}
local obj = setmetatable({size = 3}, {__index = defaults})
print(obj.color, obj.size, obj.missing)
print(rawget(obj, "color"), rawget(obj, "size"))
local base = {greet = function() return "hello from base" end}
local mid = setmetatable({mid_only = true}, {__index = base})
local leaf = setmetatable({}, {__index = mid})
print(leaf.greet(), leaf.mid_only, leaf.nothing)
defaults.color = "blue"
print(obj.color)
obj.color = "own"
print(obj.color, defaults.color)
local arr = setmetatable({}, {__index = {10, 20, 30}})
print(arr[2], #arr)
