-- coroutine.wrap returns a function that resumes and returns yielded values
local gen = coroutine.wrap(function(a)
  local b = coroutine.yield(a + 1)
  local c, d = coroutine.yield(b * 2)
  return c .. d
end)
print(type(gen))
print(gen(1))
print(gen(10))
print(gen("x", "y"))
-- wrap does not return a status boolean
local w = coroutine.wrap(function() coroutine.yield(1, 2, 3) return 4, 5 end)
print(w())
print(w())
-- each wrap gets its own coroutine
local function counter()
  return coroutine.wrap(function()
    local n = 0
    while true do n = n + 1; coroutine.yield(n) end
  end)
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1(), c2())
