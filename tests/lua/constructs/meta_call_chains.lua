-- __call objects returning callables, used in chains and as iterators
local Builder = {}
Builder.__call = function(self, part)
  if part == nil then return table.concat(self.parts, " ") end
  local nb = setmetatable({parts = {}}, Builder)
  for i, p in ipairs(self.parts) do nb.parts[i] = p end
  nb.parts[#nb.parts + 1] = part
  return nb
end
local b = setmetatable({parts = {}}, Builder)
print(b "hello" "callable" "world" ())
print(b("a")("b")())
print(#b.parts)
local iter = setmetatable({n = 0}, {__call = function(self)
  self.n = self.n + 1
  if self.n <= 3 then return self.n end
end})
local got = {}
for v in iter do got[#got + 1] = v end
print(table.concat(got, ","))
