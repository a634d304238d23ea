-- metamethods implemented with coroutines: each access pulls from a generator
local gen = coroutine.wrap(function()
  local n = 0
  while true do n = n + 1; coroutine.yield(n * n) end
end)
local squares = setmetatable({}, {__index = function(t, k)
  local v = gen()
  t[k] = v
  return v
end})
print(squares.a, squares.b, squares.a, squares.c)
-- __call backed by a coroutine that keeps state between calls
local acc = setmetatable({}, {__call = coroutine.wrap(function(self, x)
  local total = 0
  while true do
    total = total + x
    self, x = coroutine.yield(total)
  end
end)})
print(acc(1), acc(2), acc(3))
-- a metamethod that resumes a coroutine which itself triggers a metamethod
local inner = setmetatable({}, {__index = function(_, k) return k .. "!" end})
local outer = setmetatable({}, {__index = function(_, k)
  local co = coroutine.create(function() return inner[k] end)
  local ok, v = coroutine.resume(co)
  return v
end})
print(outer.key)
