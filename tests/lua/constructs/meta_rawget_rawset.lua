-- rawget/rawset/rawequal bypass metamethods
local log = {}
local t = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. k; return "meta" end,
  __newindex = function(_, k) log[#log + 1] = "set " .. k end,
})
t.a = 1
print(t.a, rawget(t, "a"))
rawset(t, "a", 2)
print(t.a, rawget(t, "a"))
t.a = 3
print(t.a)
print(table.concat(log, ", "))
print(rawset(t, "b", "x") == t, rawget(t, "b"))
print(rawequal(t, t), rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}))
print(pcall(rawset, t, nil, 1))
print(rawget({10, 20}, 2), rawget({}, "none"))
