-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- load with a reader function that yields to get each piece of source
local co = coroutine.create(function()
  local f, err = load(function() return coroutine.yield("more?") end, "=streamed")
  if not f then return "load failed: " .. err end
  return f()
end)
local pieces = {"local a, b = ", "6, 7 ", "return a * b, ", "'streamed'"}
local i = 0
local ok, v, w = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  i = i + 1
  ok, v, w = coroutine.resume(co, pieces[i])
end
print(ok, v, w, i)
