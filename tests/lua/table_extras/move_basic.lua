-- table.move copies ranges, overlapping ones included
local function show(t, from, to)
  local parts = {}
  for i = from, to do parts[#parts + 1] = tostring(t[i]) end
  print(table.concat(parts, ","))
end
local a = table.move({1, 2, 3, 4, 5}, 1, 3, 3)
show(a, 1, 5)
local b = table.move({1, 2, 3, 4, 5}, 2, 5, 1)
show(b, 1, 5)
local c = table.move({1, 2, 3}, 1, 3, 1, {})
show(c, 1, 3)
local d = table.move({1, 2, 3}, 1, 3, -1)
show(d, -1, 3)
local e = table.move({1, 2, 3}, 3, 1, 1)
show(e, 1, 3)
local dst = {}
print(table.move({1, 2}, 1, 2, 1, dst) == dst)
local src = {}
print(table.move(src, 1, 0, 5) == src)
local f = table.move({1, 2, 3}, "1", "3", "2")
show(f, 1, 4)
