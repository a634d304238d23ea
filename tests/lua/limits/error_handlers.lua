-- Errors inside error handlers.
print(xpcall(function() error("e1") end, function(m) error("e2") end))
print(xpcall(function() error("e1") end, function(m) return "handled: " .. m end))
print(pcall(pcall))
print(pcall(error))
print(select("#", pcall(error, nil)))
local depth = 0
local function handler(m) depth = depth + 1; if depth < 5 then error("again") end return m end
print(xpcall(function() error("start") end, handler), depth)
