-- concat is right associative; metamethod results feed the next step
local log = {}
local mt = {}
mt.__concat = function(a, b)
  local as = type(a) == "table" and a.v or a
  local bs = type(b) == "table" and b.v or b
  log[#log + 1] = as .. "+" .. bs
  return setmetatable({v = "(" .. as .. bs .. ")"}, mt)
end
local x = setmetatable({v = "x"}, mt)
local r = "a" .. x .. "b" .. "c"
print(r.v)
print(table.concat(log, "  "))
log = {}
r = x .. x .. x
print(r.v, #log)
