-- LuaJIT does not check the insert position against the length
local function show(t, lo, hi)
  local parts = {}
  for i = lo, hi do parts[#parts + 1] = tostring(t[i]) end
  return table.concat(parts, ",")
end
local t = {1, 2, 3}
table.insert(t, 10, "ten")
print(#t == 3 or #t == 10, show(t, 1, 10))
t = {1, 2, 3}
table.insert(t, 0, "zero")
print(show(t, 0, 4))
t = {1, 2, 3}
table.insert(t, -1, "neg")
print(show(t, -1, 4))
t = {}
table.insert(t, 5, "five")
print(show(t, 1, 5))
t = {1, 2, 3}
table.insert(t, 5, "five")
print(show(t, 1, 6))
