-- errors inside a wrapped coroutine propagate to the caller with their position
local w = coroutine.wrap(function()
  coroutine.yield(1)
  error("wrapped failure")
end)
print(w())
print(pcall(w))
-- runtime errors too
local w2 = coroutine.wrap(function(t) return t.x.y end)
print(pcall(w2, {}))
-- level 0: no position added on the way out
local w3 = coroutine.wrap(function() error("bare", 0) end)
print(pcall(w3))
-- calling the dead wrapper again
print(pcall(w3))
print(pcall(function() local r = w3() return r end))
-- error inside a function called by the wrapped body
local function deep(n) if n == 0 then error("at the bottom") end return deep(n - 1) end
local w4 = coroutine.wrap(function() deep(5) end)
print(pcall(w4))
