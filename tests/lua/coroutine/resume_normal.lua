-- resuming a coroutine in the "normal" state (it resumed the current one)
local a, b
b = coroutine.create(function()
  print("a is", coroutine.status(a))
  local ok, msg = coroutine.resume(a)
  print("resume a", ok, msg)
  print("a still", coroutine.status(a))
  coroutine.yield("from b")
  return "b done"
end)
a = coroutine.create(function()
  print(coroutine.resume(b))
  print(coroutine.resume(b))
  print(coroutine.resume(b))
  return "a done"
end)
print(coroutine.resume(a))
-- a three-level chain: the bottom tries both ancestors
local x, y, z
z = coroutine.create(function()
  print("z->y", coroutine.resume(y))
  print("z->x", coroutine.resume(x))
  print("z->z", coroutine.resume(z))
end)
y = coroutine.create(function() coroutine.resume(z) end)
x = coroutine.create(function() coroutine.resume(y) end)
coroutine.resume(x)
print(coroutine.status(x), coroutine.status(y), coroutine.status(z))
