-- coroutine.running identifies the current coroutine at every depth
local registry = {}
local function whoami()
  local me = coroutine.running()
  return registry[me] or "unknown"
end
local a = coroutine.create(function()
  print("a sees", whoami())
  coroutine.yield()
  print("a again sees", whoami())
end)
local b = coroutine.create(function()
  print("b sees", whoami())
  coroutine.resume(a)
  print("b after a sees", whoami())
end)
registry[a] = "A"
registry[b] = "B"
coroutine.resume(b)
coroutine.resume(a)
print("main sees", coroutine.running() == nil and "main" or whoami())
-- running can be resumed by nobody else but reports status running
local c
c = coroutine.create(function()
  local me = coroutine.running()
  print(me == c, coroutine.status(me))
end)
coroutine.resume(c)
