-- select index checks
local function try(f)
  print(pcall(f))
end
try(function() local r = select(0, "a", "b"); return r end)
try(function() local r = select(-3, "a", "b"); return r end)
try(function() local r = select(-2, "a", "b"); return r end)
try(function() local r = select(-1, "a", "b"); return r end)
try(function() local r = select("x", "a"); return r end)
try(function() local r = select(); return r end)
try(function() return select(5, "a", "b") end)
try(function() return select("2", "a", "b", "c") end)
try(function() return select(2.7, "a", "b", "c") end)
try(function() return select("#") end)
