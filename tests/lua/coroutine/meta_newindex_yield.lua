-- yield from a __newindex function in the middle of an assignment
local log = {}
local store = {}
local proxy = setmetatable({}, {__newindex = function(_, k, v)
  local approved = coroutine.yield("set " .. k)
  if approved then store[k] = v end
  log[#log + 1] = k .. (approved and " ok" or " refused")
end})
local co = coroutine.create(function()
  proxy.a = 1
  proxy.b = 2
  proxy.c = 30
  proxy.a = 10
  return "assigned"
end)
local answers = {true, false, true, true}
local i = 0
local ok, v = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  print(v)
  i = i + 1
  ok, v = coroutine.resume(co, answers[i])
end
print(ok, v)
print(table.concat(log, ", "))
print(store.a, store.b, store.c)
