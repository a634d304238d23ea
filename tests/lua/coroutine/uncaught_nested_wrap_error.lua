-- an error crossing two wrapped coroutines to the top level
local inner = coroutine.wrap(function()
  local t = nil
  return t.missing
end)
local outer = coroutine.wrap(function()
  local v = inner()
  return v
end)
print("start")
outer()
print("unreachable")
