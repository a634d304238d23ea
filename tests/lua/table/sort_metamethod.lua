-- the default order uses __lt for tables
local mt = {__lt = function(a, b) return a.v < b.v end}
local t = {}
for i, v in ipairs({4, 1, 3, 5, 2}) do t[i] = setmetatable({v = v}, mt) end
table.sort(t)
local out = {}
for i, x in ipairs(t) do out[i] = x.v end
print(table.concat(out, ","))
table.sort(t, function(a, b) return b < a end)
out = {}
for i, x in ipairs(t) do out[i] = x.v end
print(table.concat(out, ","))
