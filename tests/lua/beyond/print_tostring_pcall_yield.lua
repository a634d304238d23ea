-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- __tostring yields through pcall, under print and under string.format; an
-- error raised after the resumption is caught by a pcall in the coroutine
local mt = {__tostring = function(self)
  local ok, name = pcall(coroutine.yield, "name?")
  if name == "bad" then error("refused name", 0) end
  return "<" .. tostring(name) .. ">"
end}
local obj = setmetatable({}, mt)
local co = coroutine.create(function()
  print("first", obj)
  local ok, err = pcall(string.format, "[%s]", obj)
  print("caught", ok, err)
  return "end"
end)
local log = {}
local answers = {"good", "bad"}
local i = 0
local ok, v = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  i = i + 1
  log[#log + 1] = v
  ok, v = coroutine.resume(co, answers[i])
end
print(ok, v, table.concat(log, ","))
