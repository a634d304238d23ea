-- __eq results are converted to booleans; ~= negates them
local function mk(ret) return setmetatable({}, {__eq = function() return ret end}) end
local vals = {1, 0, "", "no", false, nil}
for i = 1, 6 do
  local mt = getmetatable(mk(vals[i]))
  local x, y = setmetatable({}, mt), setmetatable({}, mt)
  print(i, x == y, x ~= y)
end
local t = setmetatable({}, {__eq = function() error("should not run") end})
print(t == t, t ~= t)
local u = {}
print(pcall(function() return t == setmetatable(u, getmetatable(t)) end))
