-- pairs visits every key exactly once; print them sorted
local t = {10, 20, 30, x = 1, y = 2, [100] = "h", [-1] = "neg", [2.5] = "f"}
local nums, strs = {}, {}
for k, v in pairs(t) do
  if type(k) == "number" then nums[#nums + 1] = k else strs[#strs + 1] = k end
end
table.sort(nums)
table.sort(strs)
print(table.concat(nums, " "))
print(table.concat(strs, " "))
local count = 0
for k in pairs({}) do count = count + 1 end
print(count)
local f, s, init = pairs(t)
print(f == next, s == t, init)
