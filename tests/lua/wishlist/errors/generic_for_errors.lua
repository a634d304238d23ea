-- generic for with values that are not iterators
print(pcall(function() for k in nil do end end))
print(pcall(function() for k in {} do end end))
print(pcall(function() local t = {1, 2}; for k, v in t do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
print(pcall(function() for i, v in ipairs() do end end))
print(pcall(function() for k in 5 do end end))
local n = 0
print(pcall(function() for k, v in next, {10, 20} do n = n + v end return n end))
