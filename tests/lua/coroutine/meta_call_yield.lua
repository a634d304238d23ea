-- yield from a __call metamethod of a callable table
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  local extra = coroutine.yield(self.name, a, b)
  return a + b + extra
end})
local co = coroutine.create(function()
  local r1 = callable(1, 2)
  local r2 = callable(r1, 10)
  return r1, r2
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 100))
print(coroutine.resume(co, 1000))
-- a callable table as the body of the coroutine itself is not allowed
print(pcall(coroutine.create, callable))
-- but a function that calls it is
local w = coroutine.wrap(function(...) return callable(...) end)
print(w(3, 4))
print(w(5))
