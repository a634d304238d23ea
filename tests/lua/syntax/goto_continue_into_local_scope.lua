-- 'goto continue' where the label is followed by more statements
for i = 1, 3 do
  if i == 2 then goto continue end
  local sq = i * i
  ::continue::
  print(i)
end
