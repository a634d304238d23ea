-- encode then decode gives equal structures
local buffer = require("string.buffer")
local function same(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, v in pairs(a) do if not same(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end
local values = {
  {1, 2, 3, name = "x", nested = {deep = {true, false}}},
  {[1.5] = "f", [-3] = "neg", [true] = "b", ["with space"] = {}},
  {("long"):rep(1000), {}, {{}}, [100] = 100},
  {[0] = "zero", "one", "two"},
}
for i, v in ipairs(values) do
  print(i, same(v, buffer.decode(buffer.encode(v))))
end
local b = buffer.new()
for i, v in ipairs(values) do b:encode(v) end
for i, v in ipairs(values) do print(i, same(v, b:decode())) end
print(#b)
