-- rawget/rawset ignore __index and __newindex
local hits = 0
local t = setmetatable({}, {
  __index = function(t, k) hits = hits + 1; return "default" end,
  __newindex = function(t, k, v) hits = hits + 10 end,
})
print(t.a, rawget(t, "a"), hits)
t.b = 1
print(rawget(t, "b"), hits)
rawset(t, "b", 2)
print(t.b, rawget(t, "b"), hits)
print(rawset(t, "c", 3) == t)
print(t.c, hits)
print(rawequal(t, t), rawequal(t, {}), rawequal("a", "a"), rawequal(1, 1.0))
