-- LuaJIT 2.1's table.move (from Lua 5.3)
local function dump(t, lo, hi)
  local parts = {}
  for i = lo, hi do parts[#parts + 1] = tostring(t[i]) end
  return table.concat(parts, ",")
end
local t = {1, 2, 3, 4, 5}
print(table.move(t, 1, 3, 3) == t, dump(t, 1, 5))
t = {1, 2, 3, 4, 5}
table.move(t, 3, 5, 1)
print(dump(t, 1, 5))
local a, b = {1, 2, 3}, {}
print(table.move(a, 1, 3, 2, b) == b, dump(b, 1, 4))
print(dump(table.move({1, 2, 3}, 2, 1, 1), 1, 3))
print(dump(table.move({1, 2, 3}, 1, 3, 0), 0, 3))
print(dump(table.move({"x"}, 1, 1, 1, {"a", "b"}), 1, 2))
print(pcall(table.move, {}, 1))
print(pcall(table.move, {}, 1, 2))
print(pcall(table.move, {}, 1, 2, 3, "x"))
print(pcall(table.move, "a", 1, 2, 3))
