-- without __le, a <= b is computed as not (b < a)
local calls = {}
local mt = {__lt = function(a, b)
  calls[#calls + 1] = a.v .. "<" .. b.v
  return a.v < b.v
end}
local function V(v) return setmetatable({v = v}, mt) end
local x, y = V(1), V(2)
print(x <= y, y <= x, x <= x)
print(table.concat(calls, " "))
calls = {}
print(x >= y, y >= x)
print(table.concat(calls, " "))
local only_le = setmetatable({}, {__le = function() return true end})
print(only_le <= only_le, pcall(function() return only_le < only_le end))
