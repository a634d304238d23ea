-- an error inside a generator stops the for loop that drives it
local function risky(limit)
  return coroutine.wrap(function()
    for i = 1, 10 do
      if i > limit then error("generator gave up at " .. i, 0) end
      coroutine.yield(i)
    end
  end)
end
local seen = {}
local ok, err = pcall(function()
  for v in risky(3) do seen[#seen + 1] = v end
end)
print(ok, err, table.concat(seen, ","))
-- the consumer errors instead: the generator stays suspended
local gen = coroutine.create(function() for i = 1, 10 do coroutine.yield(i) end end)
local ok2, err2 = pcall(function()
  while true do
    local _, v = coroutine.resume(gen)
    if v == 4 then error("consumer stopped at 4", 0) end
  end
end)
print(ok2, err2, coroutine.status(gen))
print(coroutine.resume(gen))
