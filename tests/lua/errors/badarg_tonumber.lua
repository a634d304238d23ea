-- bad arguments to tonumber
local function try(f)
  print(pcall(f))
end
try(function() local r = tonumber("10", 1); return r end)
try(function() local r = tonumber("10", 37); return r end)
try(function() local r = tonumber("10", 0); return r end)
try(function() local r = tonumber(); return r end)
try(function() local r = tonumber(nil); return r end)
try(function() local r = tonumber("10", "x"); return r end)
try(function() local r = tonumber("10", 36); return r end)
try(function() local r = tonumber("zz", 36); return r end)
try(function() local r = tonumber({}); return r end)
