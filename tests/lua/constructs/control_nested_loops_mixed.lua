-- nested loops of different kinds with break and goto
local out = {}
for i = 1, 3 do
  local j = 0
  while true do
    j = j + 1
    if j > i then break end
    repeat
      if (i + j) % 2 == 0 then goto skip end
      out[#out + 1] = i .. j
      ::skip::
    until true
  end
end
print(table.concat(out, " "))
local total = 0
for _, row in ipairs({{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}) do
  for _, v in ipairs(row) do
    if v < 0 then goto next_row end
    total = total + v
  end
  ::next_row::
end
print(total)
