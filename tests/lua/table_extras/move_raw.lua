-- table.move reads and writes raw: no __index, no __newindex
local log = {}
local dst = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end})
table.move({1, 2, 3}, 1, 3, 2, dst)
print(#log, dst[2], dst[3], dst[4])
local src = setmetatable({}, {__index = function(t, k) return k * 2 end})
local x = table.move(src, 1, 3, 1, {})
print(x[1], x[2], x[3])
