-- __unm, and __tostring used by tostring and print
local mt = {
  __unm = function(a) return setmetatable({v = -a.v}, getmetatable(a)) end,
  __tostring = function(a) return "Num(" .. a.v .. ")" end,
}
local n = setmetatable({v = 5}, mt)
print(tostring(n), tostring(-n), tostring(- -n))
print(n, -n)
print(tostring(n) .. "!")
local named = setmetatable({}, {__tostring = function() return "I am named" end})
print(named)
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, bad))
local t = {}
print(type(tostring(t)), tostring(t) == tostring(t), tostring(t):sub(1, 6))
local parts = {tostring(n), tostring(named)}
print(table.concat(parts, "; "))
