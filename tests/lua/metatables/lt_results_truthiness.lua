-- __lt/__le results are converted to booleans
local results = {1, 0, "x", false, nil, {}}
for i = 1, 6 do
  local r = results[i]
  local mt = {__lt = function() return r end, __le = function() return r end}
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  print(i, a < b, a <= b, a > b, a >= b)
end
