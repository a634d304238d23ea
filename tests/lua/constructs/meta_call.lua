-- __call makes tables callable; the table itself is the first argument
local callable = setmetatable({name = "C"}, {__call = function(self, a, b)
  return self.name .. ":" .. tostring(a) .. "," .. tostring(b)
end})
print(callable(1, 2), callable("x"), callable())
local memo = setmetatable({hits = 0}, {__call = function(self, ...) return select("#", ...), ... end})
print(memo(nil, nil))
local class = setmetatable({}, {__call = function(cls, v) return {value = v} end})
print(class(7).value)
print(pcall(callable, "via pcall"))
local t = {f = callable}
print(t.f("field"))
local function apply(f, ...) return f(...) end
print(apply(callable, "apply"))
