-- goto continue: skipping to a label at the end of the loop body
local odds = {}
for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  odds[#odds + 1] = i
  ::continue::
end
print(table.concat(odds, " "))
local i = 0
local kept = {}
while i < 8 do
  i = i + 1
  if i == 3 or i == 6 then goto next_iter end
  kept[#kept + 1] = i
  ::next_iter::
end
print(table.concat(kept, " "))
local j = 0
repeat
  j = j + 1
  if j == 2 then goto cont end
  print("repeat body", j)
  ::cont::
until j >= 3
