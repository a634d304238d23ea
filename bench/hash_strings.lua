-- A hash-table workload with string keys: insert, lookup, update and
-- delete of generated keys, plus a word count over a fixed vocabulary.
local n = tonumber(arg and arg[1]) or 500000
local keys = {}
for i = 1, n do keys[i] = "key_" .. i end
local t = {}
for round = 1, 3 do
  for i = 1, n do
    local k = keys[i]
    t[k] = (t[k] or 0) + i
  end
  local hits = 0
  for i = n, 1, -2 do
    if t[keys[i]] then hits = hits + 1 end
  end
  for i = 1, n, 3 do t[keys[i]] = nil end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  print(round, hits, count)
end
local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
local freq = {}
for i = 1, n * 5 do
  local w = words[i % 8 + 1]
  freq[w] = (freq[w] or 0) + 1
end
print(freq.alpha, freq.theta)
