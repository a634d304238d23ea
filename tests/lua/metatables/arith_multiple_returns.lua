-- metamethod results are truncated to one value
local mt = {
  __add = function() return 1, 2, 3 end,
  __concat = function() return "c1", "c2" end,
  __index = function() return "i1", "i2" end,
  __call = function() return "k1", "k2" end,
  __unm = function() end,
}
local o = setmetatable({}, mt)
print(o + o)
print(o .. o)
print(o.x)
print(o())
print(-o)
local t = {o + 1, o.y, o()}
print(#t, t[1], t[2], t[3], t[4])
