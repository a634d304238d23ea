-- a string builder using a buffer table and table.concat
local Builder = {}
Builder.__index = Builder
function Builder.new() return setmetatable({buf = {}, n = 0}, Builder) end
function Builder:add(...)
  for i = 1, select("#", ...) do
    self.n = self.n + 1
    self.buf[self.n] = tostring((select(i, ...)))
  end
  return self
end
function Builder:addf(fmt, ...) return self:add(string.format(fmt, ...)) end
function Builder:line(s) return self:add(s or "", "\n") end
function Builder:build(sep) return table.concat(self.buf, sep or "", 1, self.n) end
Builder.__tostring = function(b) return b:build() end
local b = Builder.new()
b:add("Hello", ", ", "world"):add("!"):line()
b:addf("%d items at %5.2f each", 3, 1.5):line()
b:addf("hex=%x quoted=%q", 255, "a\"b"):line()
b:add(nil, true, 42):line()
local text = tostring(b)
print(text)
print(b.n, #b.buf)
local rows = Builder.new()
for i = 1, 5 do rows:add(string.rep("*", i)) end
print(rows:build("|"))
print(Builder.new():build() == "", #Builder.new():add(("ab"):rep(50)):build())
