-- a coroutine that yields several times and then fails
local co = coroutine.create(function(limit)
  local i = 0
  while true do
    i = i + 1
    if i > limit then error("limit " .. limit .. " passed at " .. i) end
    coroutine.yield(i)
  end
end)
print(coroutine.resume(co, 3))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
-- error raised with a value passed in by resume
local co2 = coroutine.create(function()
  local v = coroutine.yield("give me a number")
  return v * 2
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "not a number"))
