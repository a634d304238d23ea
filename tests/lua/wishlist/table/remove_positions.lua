-- table.remove at explicit positions, including past the end
local function dump(t, n)
  local parts = {}
  for i = 1, n do parts[#parts + 1] = tostring(t[i]) end
  return table.concat(parts, ",")
end
local t = {1, 2, 3}
print(table.remove(t, 4), dump(t, 4))
t = {1, 2, 3}
print(table.remove(t, 5), dump(t, 5))
t = {1, 2, 3}
print(table.remove(t, 0), dump(t, 3))
t = {1, 2, 3}
print(table.remove(t, -1), dump(t, 3))
t = {1, 2, 3}
print(table.remove(t, 1.0), dump(t, 3))
t = {1, 2, 3}
print(table.remove(t, "2"), dump(t, 3))
print(pcall(table.remove, {1}, "x"))
print(pcall(table.remove))
print(pcall(table.remove, nil))
