-- coroutines share upvalues with their creator and with each other
local counter = 0
local function make(step)
  return coroutine.wrap(function()
    while true do
      counter = counter + step
      coroutine.yield(counter)
    end
  end)
end
local up, down = make(1), make(-10)
print(up(), up(), down(), up())
counter = 100
print(up(), down())
-- a local of the coroutine captured by a closure outlives the coroutine
local getter
local co = coroutine.create(function()
  local secret = "s1"
  getter = function() return secret end
  secret = coroutine.yield()
  secret = secret .. "!"
end)
coroutine.resume(co)
print(getter())
coroutine.resume(co, "s2")
print(coroutine.status(co), getter())
-- closures made in a loop inside a coroutine capture fresh locals
local fs = {}
local w = coroutine.wrap(function()
  for i = 1, 3 do
    fs[i] = function() return i end
    coroutine.yield()
  end
end)
w() w() w()
print(fs[1](), fs[2](), fs[3]())
