-- the dict option encodes known string keys as indexes
local buffer = require("string.buffer")
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x ", c:byte()) end)) end
local opts = {dict = {"a", "b"}}
local enc = buffer.new(opts)
local dec = buffer.new(opts)
print(hex(enc:encode({a = 1}):get()))
print(hex(enc:encode({b = "a"}):get()))
print(hex(enc:encode("b"):get()))
print(hex(enc:encode({"a"}):get()))
print(dec:set("\9\1\15\1\2"):decode().b)
print(pcall(function() dec:set("\15\2"):decode() end))
print(dec:set("\15\0"):decode())
local gap = buffer.new({dict = {"a", nil, "c"}})
print(hex(gap:encode({c = 1}):get()))
local dropped = buffer.new({dict = {"a", false, "c"}})
print(hex(dropped:encode({c = 1}):get()))
print(pcall(function() dropped:set("\15\1"):decode() end))
print(pcall(function() buffer.decode("\9\1\15\0\2") end))
