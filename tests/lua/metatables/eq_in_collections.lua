-- __eq does not affect table keys or rawequal-based lookups
local mt = {__eq = function(a, b) return a.id == b.id end}
local x = setmetatable({id = 1}, mt)
local y = setmetatable({id = 1}, mt)
print(x == y, rawequal(x, y))
local set = {}
set[x] = "x"
print(set[x], set[y])
local list = {x}
local found = 0
for _, v in ipairs(list) do if v == y then found = found + 1 end end
print(found)
local function indexOf(t, v) for i = 1, #t do if t[i] == v then return i end end end
print(indexOf({y, x}, x), indexOf({{id = 1}}, x))
