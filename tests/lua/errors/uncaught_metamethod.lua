-- uncaught error raised inside a metamethod
local Vec = {}
Vec.__index = Vec
Vec.__add = function(a, b)
  if getmetatable(b) ~= Vec then
    error("cannot add vector and " .. type(b))
  end
  return setmetatable({x = a.x + b.x}, Vec)
end
local v = setmetatable({x = 1}, Vec)
local w = v + v
print(w.x)
local bad = v + 5
print(bad)
