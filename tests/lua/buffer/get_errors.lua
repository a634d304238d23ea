-- get's argument checks: numbers only, in range
local buffer = require("string.buffer")
local b = buffer.new():put("abcdef")
print(pcall(function() b:get(-1) end))
print(pcall(function() b:get("2") end))
print(pcall(function() b:get({}) end))
print(pcall(function() b:get(1e10) end))
print(pcall(function() b.get("x") end))
print(b:tostring())
