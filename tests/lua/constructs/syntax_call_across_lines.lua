-- call arguments may start on the next line when written as f(...)
-- (LuaJIT rejects "f\n(args)" as ambiguous syntax, so only the same-line '(' form is used)
local function add(a, b) return a + b end
local r = add(
  1,
  2
)
print(r)
local s = ("x"):rep(
  3)
print(s)
local t = {
  f = function(self, v) return v * 2 end,
}
print(t:f(
  21))
local chained = add(1, 1) + add(
  2, 2)
print(chained)
