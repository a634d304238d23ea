-- __index functions chained: each one delegates to the next
local calls = {}
local function make(name, nexttbl)
  return setmetatable({}, {__index = function(t, k)
    calls[#calls + 1] = name
    if k == name then return "found at " .. name end
    if nexttbl then return nexttbl[k] end
    return nil
  end})
end
local e = make("e")
local d = make("d", e)
local c = make("c", d)
local b = make("b", c)
local a = make("a", b)
print(a.c, table.concat(calls, ">"))
calls = {}
print(a.e, table.concat(calls, ">"))
calls = {}
print(a.zzz, table.concat(calls, ">"))
calls = {}
rawset(b, "c", "raw in b")
print(a.c, table.concat(calls, ">"))
