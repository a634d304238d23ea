-- values that cannot be encoded, and nesting limits
local buffer = require("string.buffer")
print(pcall(function() local s = buffer.encode(print) end))
print(pcall(function() local s = buffer.encode(coroutine.create(print)) end))
print(pcall(function() local s = buffer.encode(buffer.new()) end))
print(pcall(function() local s = buffer.encode({x = print}) end))
print(pcall(function() local s = buffer.encode({[print] = 1}) end))
print(pcall(function() local s = buffer.encode() end))
print(pcall(function() buffer.new():encode(print) end))
local cycle = {}
cycle[1] = cycle
print(pcall(function() local s = buffer.encode(cycle) end))
local function nest(n)
  local t = {}
  local cur = t
  for i = 1, n - 1 do cur[1] = {} cur = cur[1] end
  return t
end
print(pcall(function() return #buffer.encode(nest(100)) end))
print(pcall(function() local s = buffer.encode(nest(101)) end))
print(pcall(buffer.encode, nest(101)))
