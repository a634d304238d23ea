-- tables as sets and counters (sorted output)
local words = {"the", "cat", "sat", "on", "the", "mat", "the", "cat"}
local counts = {}
for _, w in ipairs(words) do counts[w] = (counts[w] or 0) + 1 end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
for _, k in ipairs(keys) do print(k, counts[k]) end
local set = {}
for _, v in ipairs({3, 1, 4, 1, 5, 9, 2, 6, 5, 3}) do set[v] = true end
local uniq = {}
for k in pairs(set) do uniq[#uniq + 1] = k end
table.sort(uniq)
print(table.concat(uniq, " "))
set[4] = nil
print(set[4], set[9], set[7])
