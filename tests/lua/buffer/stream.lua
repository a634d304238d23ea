-- encodings concatenate; buf:decode reads one object at a time
local buffer = require("string.buffer")
local b = buffer.new()
b:encode(1):encode("x"):encode({true}):encode(nil):encode(false)
print(#b)
while #b ~= 0 do
  local v = b:decode()
  print(type(v), type(v) == "table" and v[1] or v)
end
print(pcall(function() b:decode() end))
b:set("\2\2")
print(b:decode(), #b)
b:set("\35ab")
print(pcall(function() b:decode() end))
print(#b)
