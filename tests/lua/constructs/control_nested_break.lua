-- break only exits the innermost loop
local pairs_found = {}
for i = 1, 5 do
  for j = 1, 5 do
    if j > i then break end
    if i * j == 6 then pairs_found[#pairs_found + 1] = i .. "x" .. j end
  end
end
print(table.concat(pairs_found, " "))
local outer_count = 0
while true do
  outer_count = outer_count + 1
  local inner = 0
  repeat
    inner = inner + 1
    if inner == 3 then break end
  until false
  if outer_count == 4 then break end
end
print(outer_count)
for _, v in ipairs({1, 2, 3}) do
  local fs = {}
  for k = 1, 10 do fs[k] = function() return k + v end; if k == 2 then break end end
  print(v, fs[1](), fs[2](), fs[3])
end
