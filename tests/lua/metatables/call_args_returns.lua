-- __call receives the object plus arguments and can return several values
local Adder = setmetatable({base = 10}, {__call = function(self, a, b, ...)
  return self.base + (a or 0), self.base + (b or 0), select("#", ...)
end})
print(Adder(1, 2))
print(Adder(1, 2, 3, 4, 5))
print(Adder())
print((Adder(5, 6)))
local t = {Adder(1, 2, nil)}
print(#t, t[1], t[2], t[3])
local obj = {f = Adder}
print(obj.f(7))
print(pcall(function() return obj:f(7) end))
print(select("#", Adder(nil, nil, nil, nil)))
