-- every arithmetic metamethod receives operands in source order
local mt = {}
local function tag(v) return type(v) == "table" and v.name or tostring(v) end
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow"}) do
  mt["__" .. op] = function(a, b) return op .. "(" .. tag(a) .. "," .. tag(b) .. ")" end
end
mt.__unm = function(a, b) return "unm(" .. tag(a) .. "," .. tag(b) .. ")" end
local x = setmetatable({name = "x"}, mt)
local y = setmetatable({name = "y"}, mt)
print(x + y, x - y, x * y)
print(x / y, x % y, x ^ y)
print(-x)
print(x + 1, 1 + x)
print(x - "s", "s" - x)
print(2 ^ x, x % 3.5)
