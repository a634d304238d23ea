-- an error inside the error handler; missing handlers
print(xpcall(function() error("first") end, function(m) error("second") end))
print(xpcall(function() error("first") end, function(m) local x; return x.y end))
print(pcall(function() return xpcall(function() error("first") end, nil) end))
print(pcall(function() local r = xpcall(function() error("first") end, nil); return r end))
print(pcall(function() local r = xpcall(function() return 1 end); return r end))
print(xpcall(function() return "ok" end, function() error("unused") end))
print(xpcall(function() error("a") end, function(m) return xpcall(function() error("b") end, function(m2) return "inner handled" end) end))
