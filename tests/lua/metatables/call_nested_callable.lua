-- a __call handler that is itself a callable table
local inner = setmetatable({}, {__call = function(self, a, b) return "inner", a, b end})
local outer = setmetatable({}, {__call = function(self, ...) return "outer", ... end})
print(outer(1, 2))
local ok, e = pcall(function() return setmetatable({}, {__call = inner})(9) end)
print(ok, e)
local counter = setmetatable({n = 0}, {__call = function(self, step)
  self.n = self.n + (step or 1)
  return self
end})
counter()(5)(10)
print(counter.n)
print(pcall(counter, "x"))
