-- __newindex only fires for absent keys
local count = 0
local t = setmetatable({present = 1}, {__newindex = function(t, k, v)
  count = count + 1
  rawset(t, k, v)
end})
t.present = 2
t.absent = 3
t.absent = 4
print(count, t.present, t.absent)
t.present = nil
t.present = 5
print(count, t.present)
local arr = setmetatable({1, 2, 3}, {__newindex = function(t, k, v) count = count + 100; rawset(t, k, v) end})
arr[2] = 20
arr[4] = 40
print(count, arr[2], arr[4], #arr)
