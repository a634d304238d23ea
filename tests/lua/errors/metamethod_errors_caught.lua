-- errors raised inside metamethods
local mt = {
  __add = function(a, b) error("no add") end,
  __index = function(t, k) error("no key " .. k) end,
  __newindex = function(t, k, v) local x; return x.y end,
  __call = function(self, a) error({"tbl"}) end,
  __concat = function(a, b) return nil .. "x" end,
  __lt = function(a, b) error("no lt", 2) end,
}
local obj = setmetatable({}, mt)
print(pcall(function() return obj + 1 end))
print(pcall(function() return obj.foo end))
print(pcall(function() obj.bar = 1 end))
local ok, e = pcall(function() return obj(1) end)
print(ok, type(e), e[1])
print(pcall(function() return obj .. "s" end))
print(pcall(function() return obj < obj end))
