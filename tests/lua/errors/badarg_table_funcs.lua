-- bad arguments to table library functions
local function try(f) print(pcall(f)) end
try(function() local r = table.concat({1, {}, 3}); return r end)
try(function() local r = table.concat({1, 2}, ",", 1, 5); return r end)
try(function() local r = table.concat(nil); return r end)
try(function() local r = table.concat({1, 2}, {}); return r end)
try(function() local r = table.insert({}, 1, 2, 3); return r end)
try(function() local r = table.insert(nil, 1); return r end)
try(function() local r = table.insert({}); return r end)
try(function() local r = table.sort({3, 1, 2}, 5); return r end)
try(function() local r = table.sort(nil); return r end)
try(function() local r = table.getn(nil); return r end)
try(function() local r = table.remove(nil); return r end)
try(function() local r = table.maxn("x"); return r end)
