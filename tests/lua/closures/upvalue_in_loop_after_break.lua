-- closures created in a loop that exits with break keep their values
local saved
for i = 1, 10 do
  local sq = i * i
  if sq > 20 then
    saved = function() return i, sq end
    break
  end
end
print(saved())
local fns = {}
local k = 0
while true do
  k = k + 1
  local mine = k
  fns[k] = function() return mine + k end
  if k == 3 then break end
end
print(fns[1](), fns[2](), fns[3]())
