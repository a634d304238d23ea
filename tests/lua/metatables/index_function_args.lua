-- __index functions receive the table being indexed (not the chain end)
local seen = {}
local base = setmetatable({}, {__index = function(t, k)
  seen[#seen + 1] = k
  return t
end})
local child = setmetatable({}, {__index = base})
print(child.a == base, child.a == child)
print(base.b == base)
print(table.concat(seen, ","))
local keys = {}
local any = setmetatable({}, {__index = function(t, k) keys[#keys + 1] = type(k); return k end})
print(any[1], any["s"], any[true], any[2.5])
print(table.concat(keys, ","))
