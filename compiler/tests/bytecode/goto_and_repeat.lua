-- goto continue, a backward goto, and repeat-until seeing a body local.
local i = 0
::top::
i = i + 1
for j = 1, 3 do
  if j == 2 then goto continue end
  print(i, j)
  ::continue::
end
repeat local done = i >= 2 until done
if i < 2 then goto top end
