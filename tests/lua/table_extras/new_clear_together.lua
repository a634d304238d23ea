-- table.new and table.clear as a reusable scratch table
local new = require "table.new"
local clear = require "table.clear"
local scratch = new(8, 0)
for round = 1, 3 do
  for i = 1, round * 3 do scratch[i] = round end
  local n, sum = 0, 0
  for _, v in ipairs(scratch) do n = n + 1 sum = sum + v end
  print(round, n, sum)
  clear(scratch)
end
print(next(scratch))
