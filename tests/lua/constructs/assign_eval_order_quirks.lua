-- evaluation/assignment order of multiple assignment as LuaJIT does it
local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v)
  log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v)
end})
t.a, t.b, t.c = 1, 2, 3
print(table.concat(log, " "))
log = {}
local function val(n) log[#log + 1] = "v" .. n; return n end
t.x, t.y = val(1), val(2)
print(table.concat(log, " "))
local q = {}
local k = 1
k, q[k], q[k + 1] = 5, "a", "b"
print(k, q[1], q[2], q[5], q[6])
local r = {}
r.n, r.n = 1, 2
print(r.n)
local s, s2 = 1, 2
s, s = 10, 20
print(s)
