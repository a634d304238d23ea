-- require "string.buffer" returns a table with new, encode and decode
local buffer = require("string.buffer")
print(type(buffer), package.loaded["string.buffer"] == buffer, string.buffer)
print(require("string.buffer") == buffer)
local keys = {}
for k, v in pairs(buffer) do keys[#keys + 1] = k .. "=" .. type(v) end
table.sort(keys)
print(table.concat(keys, " "))
print(type(package.preload["string.buffer"]))
