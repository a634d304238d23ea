-- yield from __eq, __lt and __le; the comparison result comes from the resumer
local mt = {}
mt.__eq = function(a, b) return coroutine.yield("eq", a.v, b.v) end
mt.__lt = function(a, b) return coroutine.yield("lt", a.v, b.v) end
mt.__le = function(a, b) return coroutine.yield("le", a.v, b.v) end
local function N(v) return setmetatable({v = v}, mt) end
local co = coroutine.create(function()
  local x, y = N(1), N(2)
  local r = {}
  r[#r + 1] = tostring(x == y)
  r[#r + 1] = tostring(x ~= y)
  r[#r + 1] = tostring(x < y)
  r[#r + 1] = tostring(x > y)
  r[#r + 1] = tostring(x <= y)
  r[#r + 1] = tostring(x >= y)
  if x < y then r[#r + 1] = "branch taken" else r[#r + 1] = "branch skipped" end
  return table.concat(r, " ")
end)
local answers = {true, true, false, true, 1, nil, "yes"}
local i = 0
local ok, a, b, c = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  print(a, b, c)
  i = i + 1
  ok, a, b, c = coroutine.resume(co, answers[i])
end
print(ok, a, b, c)
