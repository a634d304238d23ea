-- a string error leaving a wrapper called from Lua gets the caller's position
-- prepended (called straight from pcall it does not); numbers are left alone
local w = coroutine.wrap(function() error("bare", 0) end)
print(pcall(function() w() end))
local w2 = coroutine.wrap(function() error("positioned") end)
print(pcall(function() local a = w2() return a end))
local w3 = coroutine.wrap(function() error(12, 0) end)
print(pcall(function() w3() end))
local w4 = coroutine.wrap(function() error(nil) end)
print(pcall(function() w4() end))
local w5 = coroutine.wrap(function() error("direct", 0) end)
print(pcall(w5))
local t = {}
local w6 = coroutine.wrap(function() error(t) end)
local ok, e = pcall(function() w6() end)
print(ok, e == t)
