-- indexing a nil/number/boolean local names the local
local a
print(pcall(function() local x = nil; return x.field end))
print(pcall(function() local n = 5; return n.field end))
print(pcall(function() local b = true; return b[1] end))
print(pcall(function() local x; x.y = 1 end))
print(pcall(function() local s = "str"; local q; return q[s] end))
print(a)
