-- errors raised inside metamethods propagate through the operation
local mt = {
  __add = function() error("add failed", 0) end,
  __index = function(_, k) error("no field " .. k, 0) end,
  __newindex = function(_, k) error({field = k}) end,
  __call = function(self, x) if x == nil then error("need arg", 0) end return x end,
  __concat = function(a, b) return nil .. "x" end,
}
local obj = setmetatable({}, mt)
print(pcall(function() return obj + 1 end))
print(pcall(function() return obj.anything end))
local ok, e = pcall(function() obj.z = 1 end)
print(ok, type(e), e.field)
print(pcall(obj, 5))
print(pcall(obj))
print(pcall(function() return obj .. "s" end))
local tmt = setmetatable({}, {__tostring = function() error("tostring broke", 0) end})
print(pcall(tostring, tmt))
print(pcall(function() return "a" .. setmetatable({}, {__tostring = function() return "T" end}) end))
