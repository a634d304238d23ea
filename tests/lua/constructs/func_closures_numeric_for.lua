-- closures created in a numeric for capture a fresh variable per iteration
local fs = {}
for i = 1, 5 do
  fs[#fs + 1] = function() return i end
end
local out = {}
for k = 1, #fs do out[k] = fs[k]() end
print(table.concat(out, " "))
local gs = {}
for i = 10, 1, -3 do
  local sq = i * i
  gs[#gs + 1] = function() sq = sq + 1; return i, sq end
end
for k = 1, #gs do print(gs[k]()) end
print(gs[1]())
