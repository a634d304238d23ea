-- xpcall passes the error to the handler and returns its result
print(xpcall(function() error("bad") end, function(m) return "handled: " .. m end))
print(xpcall(function() return "fine", 2 end, function(m) return "never" end))
print(xpcall(function() error({1, 2}) end, function(m) return type(m), #m end))
print(xpcall(function() local x; x() end, function(m) return m end))
print(xpcall(function() error("e", 0) end, function(m) return m .. "!" end))
print(xpcall(function() error() end, function(m) return tostring(m) end))
local count = 0
print(xpcall(function() error("c") end, function(m) count = count + 1; return count end))
