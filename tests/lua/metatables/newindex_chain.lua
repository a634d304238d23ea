-- __newindex with tables forwards assignment down the chain
local store = {}
local mid = setmetatable({}, {__newindex = store})
local top = setmetatable({}, {__newindex = mid})
top.x = 1
print(rawget(top, "x"), rawget(mid, "x"), store.x)
top.y = nil
print(store.y)
rawset(mid, "z", "mid z")
top.z = "new z"
print(rawget(top, "z"), mid.z, store.z)
local log = {}
local fnode = setmetatable({}, {__newindex = function(t, k, v)
  log[#log + 1] = k .. "=" .. tostring(v)
  rawset(t, k, v)
end})
local wrapper = setmetatable({}, {__newindex = fnode})
wrapper.a = 1; wrapper.b = 2; wrapper.a = 3
print(table.concat(log, " "), rawget(fnode, "a"), rawget(wrapper, "a"))
