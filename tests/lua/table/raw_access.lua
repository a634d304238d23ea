-- the table functions read and write raw, ignoring __index and __newindex
local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "index " .. tostring(k) return "meta" end,
  __newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k) rawset(t, k, v) end,
}
local t = setmetatable({1, 2, 3}, mt)
table.insert(t, 4)
table.insert(t, 1, 0)
print(rawget(t, 1), rawget(t, 5), #log)
print(table.remove(t), table.remove(t, 1), #log)
print(table.concat(t, ","), #log)
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, ","), #log)
print(unpack(t))
print(pcall(table.concat, setmetatable({}, {__index = function() return "x" end}), ",", 1, 2))
print(#log)
