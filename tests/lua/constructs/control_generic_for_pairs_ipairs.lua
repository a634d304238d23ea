-- generic for with ipairs, pairs (sorted keys), and next
local arr = {"x", "y", "z", nil, "after hole"}
for i, v in ipairs(arr) do print("ipairs", i, v) end
local rec = {banana = 3, apple = 1, cherry = 2}
local keys = {}
for k in pairs(rec) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print("pairs", k, rec[k]) end
local total = 0
for k, v in next, rec do total = total + v end
print("total", total)
local count = 0
for _ in pairs({}) do count = count + 1 end
print("empty", count, next({}))
local seq = {10, 20, 30}
local sum = 0
for _, v in pairs(seq) do sum = sum + v end
print("seq sum", sum)
