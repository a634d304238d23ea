-- closures in nested loops capture both loop variables
local grid = {}
for i = 1, 3 do
  for j = 1, 3 do
    grid[#grid + 1] = function() return i * 10 + j end
  end
end
local out = {}
for k = 1, #grid do out[k] = grid[k]() end
print(table.concat(out, " "))
local rows = {}
for r, row in ipairs({{1, 2}, {3, 4}}) do
  for c, v in ipairs(row) do
    rows[#rows + 1] = function() return r .. c .. "=" .. v end
  end
end
for k = 1, #rows do print(rows[k]()) end
