-- errors inside xpcall handlers inside coroutines give a clean error value
local co = coroutine.create(function()
  return xpcall(function() error("orig") end, function(m) error("in handler") end)
end)
print(coroutine.resume(co))
print(coroutine.status(co))
local co2 = coroutine.create(function()
  local r = {xpcall(function()
    coroutine.yield("before error")
    error("orig")
  end, function(m) local t = nil; return t.x end)}
  coroutine.yield("after xpcall")
  return r[1], r[2]
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
print(coroutine.resume(co2))
-- a handler that works, after a yield in the protected function
local co3 = coroutine.create(function()
  return xpcall(function() coroutine.yield(1) error({n = 7}) end, function(e) return "n=" .. e.n end)
end)
print(coroutine.resume(co3))
print(coroutine.resume(co3))
