-- String building: concatenation, table.concat, string.format, string.rep,
-- and byte/char/sub on the results.
local n = tonumber(arg and arg[1]) or 700000
local total = 0
for round = 1, 4 do
  local parts = {}
  for i = 1, n / 4 do
    parts[#parts + 1] = "item" .. i .. ":" .. (i * round) % 97
  end
  local s = table.concat(parts, ",")
  total = total + #s
  local acc = ""
  for i = 1, 2000 do
    acc = acc .. string.char(65 + i % 26)
  end
  total = total + #acc + acc:byte(1000)
  for i = 1, n / 8 do
    local f = string.format("%d-%s-%5.2f", i, "x", i / 3)
    total = total + #f + #(f:sub(2, 4)) + #string.rep("ab", i % 5)
  end
end
print(total)
