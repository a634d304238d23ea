-- __index alternating between tables and functions
local root = setmetatable({}, {__index = function(t, k) return "fn(" .. tostring(k) .. ")" end})
local l1 = setmetatable({a = 1}, {__index = root})
local l2 = setmetatable({}, {__index = function(t, k)
  if k == "b" then return 2 end
  return l1[k]
end})
local l3 = setmetatable({c = 3}, {__index = l2})
local l4 = setmetatable({}, {__index = l3})
print(l4.a, l4.b, l4.c, l4.d, l4[10])
print(rawget(l4, "a"), rawget(l3, "c"))
l3.b = "own b"
print(l4.b)
