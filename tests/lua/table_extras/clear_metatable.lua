-- table.clear keeps the metatable and ignores metamethods
local clear = require "table.clear"
local log = {}
local mt = {
  __index = function(t, k) return "index " .. tostring(k) end,
  __newindex = function(t, k, v) log[#log + 1] = k end,
}
local t = setmetatable({1, 2, a = 3}, mt)
clear(t)
print(getmetatable(t) == mt, rawget(t, 1), t[1], t.a, #log)
local locked = setmetatable({5}, {__metatable = "locked"})
clear(locked)
print(getmetatable(locked), rawget(locked, 1))
