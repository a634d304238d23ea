-- callable tables passed where functions are expected
local desc = setmetatable({}, {__call = function(self, a, b) return a > b end})
local t = {3, 1, 4, 1, 5, 9, 2, 6}
print(pcall(function() table.sort(t, desc) end))
table.sort(t, function(a, b) return desc(a, b) end)
print(table.concat(t, " "))
local f = setmetatable({}, {__call = function(self, x) return "called with " .. tostring(x) end})
print(pcall(f, 42))
local it = setmetatable({i = 0}, {__call = function(self)
  self.i = self.i + 1
  if self.i <= 3 then return self.i end
end})
for v in it do print("iter", v) end
print(xpcall(function() error("e", 0) end, function(m) return f(m) end))
print(pcall(function() return xpcall(function() end, f) end))
