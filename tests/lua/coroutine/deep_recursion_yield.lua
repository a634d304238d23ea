-- yield from the bottom of a 10000-deep Lua recursion, then unwind normally
local function descend(n)
  if n == 0 then
    local v = coroutine.yield("at the bottom")
    return v
  end
  return 1 + descend(n - 1)
end
local co = coroutine.create(descend)
print(coroutine.resume(co, 10000))
print(coroutine.status(co))
print(coroutine.resume(co, 0.5))
print(coroutine.status(co))
-- yield at every 1000th level on the way down
local function steps(n)
  if n % 1000 == 0 then coroutine.yield(n) end
  if n == 0 then return "bottom" end
  return steps(n - 1)
end
local w = coroutine.wrap(function() return steps(10000) end)
local seen = {}
for i = 1, 12 do seen[i] = tostring(w()) end
print(table.concat(seen, " "))
