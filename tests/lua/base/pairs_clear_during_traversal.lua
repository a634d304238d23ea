-- assigning nil to existing fields during pairs is allowed
local t = {}
for i = 1, 20 do t["k" .. i] = i end
local removed = 0
for k, v in pairs(t) do
  if v % 2 == 0 then t[k] = nil; removed = removed + 1 end
end
local left = {}
for k, v in pairs(t) do left[#left + 1] = v end
table.sort(left)
print(removed, #left, table.concat(left, ","))
for k in pairs(t) do t[k] = nil end
print(next(t))
local arr = {1, 2, 3, 4}
for i, v in pairs(arr) do arr[i] = v * 10 end
print(table.concat(arr, " "))
