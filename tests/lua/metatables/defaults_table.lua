-- defaults via __index table and counting missing lookups
local defaults = {color = "red", size = 10}
local misses = 0
local fallback = setmetatable(defaults, {__index = function(t, k) misses = misses + 1; return "?" end})
local function new(o) return setmetatable(o or {}, {__index = fallback}) end
local a = new({color = "blue"})
local b = new()
print(a.color, a.size, a.weight, misses)
print(b.color, b.size, b.weight, b.weight, misses)
defaults.weight = 5
print(a.weight, b.weight, misses)
b.color = nil
print(b.color)
