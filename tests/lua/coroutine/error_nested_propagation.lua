-- an error in an inner coroutine is returned to its resumer, which goes on
local inner = coroutine.create(function()
  coroutine.yield("inner step")
  error("inner exploded")
end)
local outer = coroutine.create(function()
  local results = {}
  for i = 1, 3 do
    local ok, v = coroutine.resume(inner)
    results[#results + 1] = tostring(ok) .. ":" .. tostring(v)
  end
  coroutine.yield(table.concat(results, " | "))
  error("outer exploded too")
end)
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))
print(coroutine.resume(outer))
print(coroutine.status(outer))
-- an error value from the inner coroutine rethrown by the outer one
local a = coroutine.create(function() error({code = 5}) end)
local b = coroutine.create(function()
  local ok, e = coroutine.resume(a)
  error(e)
end)
local ok, e = coroutine.resume(b)
print(ok, type(e), e.code)
