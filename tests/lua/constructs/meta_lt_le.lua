-- __lt and __le, and the __le fallback to not __lt(b, a)
local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function new(v) return setmetatable({v = v}, mt) end
local one, two = new(1), new(2)
print(one < two, two < one, one <= one, two <= one, one > two, two >= one)
local only_lt = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = 1}, only_lt), setmetatable({v = 2}, only_lt)
print(a < b, a <= b, b <= a, a >= b)
local list = {new(5), new(3), new(9), new(1)}
table.sort(list)
local out = {}
for i, item in ipairs(list) do out[i] = item.v end
print(table.concat(out, " "))
print(pcall(function() return one < 1 end))
local weird = {__lt = function() return 1 end}
local w1, w2 = setmetatable({}, weird), setmetatable({}, weird)
print(w1 < w2, w1 > w2)
