-- map/filter/reduce built from closures
local function map(t, f) local r = {} for i = 1, #t do r[i] = f(t[i]) end return r end
local function filter(t, p) local r = {} for i = 1, #t do if p(t[i]) then r[#r + 1] = t[i] end end return r end
local function reduce(t, f, acc) for i = 1, #t do acc = f(acc, t[i]) end return acc end
local nums = {}
for i = 1, 10 do nums[i] = i end
local factor = 3
local tripled = map(nums, function(x) return x * factor end)
print(table.concat(tripled, " "))
local evens = filter(tripled, function(x) return x % 2 == 0 end)
print(table.concat(evens, " "))
print(reduce(evens, function(a, b) return a + b end, 0))
factor = 10
print(table.concat(map({1, 2}, function(x) return x * factor end), " "))
local adders = map({1, 2, 3}, function(n) return function(x) return x + n end end)
print(adders[1](10), adders[2](10), adders[3](10))
