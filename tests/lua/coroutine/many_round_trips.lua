-- 100000 resume/yield round trips, values accumulated on both sides
local co = coroutine.create(function(x)
  local total = 0
  while true do
    total = total + x
    x = coroutine.yield(total)
    if x == nil then return total end
  end
end)
local last
for i = 1, 100000 do
  local ok, v = coroutine.resume(co, i)
  last = v
end
print(last)
print(coroutine.resume(co))
print(coroutine.status(co))
local w = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end)
local s = 0
for _ = 1, 100000 do s = s + w() end
print(s)
