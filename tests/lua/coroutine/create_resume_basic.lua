-- create a coroutine, resume it with arguments, collect its return values
local co = coroutine.create(function(a, b, c)
  print("body", a, b, c)
  return a + b, b * c, "done"
end)
print(type(co))
print(coroutine.resume(co, 2, 3, 4))
print(coroutine.status(co))
-- extra arguments are dropped, missing ones are nil
local co2 = coroutine.create(function(x, y) return x, y end)
print(coroutine.resume(co2, "only"))
local co3 = coroutine.create(function(x) return x end)
print(coroutine.resume(co3, 1, 2, 3))
-- a body that returns nothing
local co4 = coroutine.create(function() end)
print(select("#", coroutine.resume(co4)))
print(coroutine.resume(co4))
