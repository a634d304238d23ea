-- values returned by the body come back from the final resume
local function count(...) return select("#", ...), ... end
print(count(coroutine.resume(coroutine.create(function() return 1, nil, 3, nil end))))
print(count(coroutine.resume(coroutine.create(function() return nil end))))
print(count(coroutine.resume(coroutine.create(function() return end))))
print(count(coroutine.resume(coroutine.create(function(...) return ... end), "a", nil)))
-- returning a call: all its results
local function three() return "x", "y", "z" end
print(coroutine.resume(coroutine.create(function() return three() end)))
print(coroutine.resume(coroutine.create(function() return (three()) end)))
-- returning after several yields
local co = coroutine.create(function()
  for i = 1, 3 do coroutine.yield(i) end
  return "end", 99
end)
for _ = 1, 5 do print(coroutine.resume(co)) end
