-- printing caught error values of different types
local vals = {"s", 1, 2.5, true, false}
for i = 1, #vals do
  local ok, e = pcall(error, vals[i], 0)
  print(i, ok, type(e), tostring(e))
end
local ok, e = pcall(error, nil)
print(ok, e)
local ok2, e2 = pcall(error, setmetatable({}, {__tostring = function() return "E!" end}))
print(ok2, tostring(e2))
print(pcall(error, "multi", 0, "extra"))
