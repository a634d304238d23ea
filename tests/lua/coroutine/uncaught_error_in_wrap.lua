-- an error inside a wrapped coroutine, never caught: the script ends with it
local gen = coroutine.wrap(function()
  coroutine.yield("one")
  error("generator failed")
end)
print(gen())
print("before the failing call")
print(gen())
print("unreachable")
