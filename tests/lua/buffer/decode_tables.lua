-- decoding tables of every layout
local buffer = require("string.buffer")
local function dump(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = tostring(k) .. "=" .. tostring(t[k]) end
  return "{" .. table.concat(parts, ",") .. "}"
end
print(dump(buffer.decode("\8")))
print(dump(buffer.decode("\9\2\33\120\2\33\121\1")))
print(dump(buffer.decode("\10\2\2\1")))
print(dump(buffer.decode("\11\1\1\2\33\97\2")))
print(dump(buffer.decode("\12\3\0\2")))
print(dump(buffer.decode("\13\2\1\2\2\1")))
print(dump(buffer.decode("\12\0")), dump(buffer.decode("\12\1")))
print(dump(buffer.decode("\9\1\2\0")), dump(buffer.decode("\9\2\2\0\2\1")))
local t = buffer.decode(buffer.encode({1, "two", {3}, x = {y = true}}))
print(t[1], t[2], t[3][1], t.x.y, #t)
