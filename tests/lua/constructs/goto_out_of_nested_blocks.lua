-- goto jumping out of nested loops and blocks
local found
for i = 1, 10 do
  for j = 1, 10 do
    if i * j == 42 then found = i .. "*" .. j; goto done end
  end
end
::done::
print("found", found)
local function search(grid, target)
  for r = 1, #grid do
    for c = 1, #grid[r] do
      if grid[r][c] == target then
        do
          goto hit
        end
      end
    end
  end
  do return "miss" end
  ::hit::
  return "hit"
end
print(search({{1, 2}, {3, 4}}, 4), search({{1}}, 9))
do
  goto skip
  print("skipped")
  ::skip::
end
print("after skip")
