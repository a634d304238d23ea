-- an error travels through several wrapped coroutines to the outermost pcall
local inner = coroutine.wrap(function()
  coroutine.yield("inner ok")
  error("inner broke")
end)
local middle = coroutine.wrap(function()
  coroutine.yield(inner())
  coroutine.yield(inner())
  return "unreachable"
end)
local outer = coroutine.wrap(function()
  while true do coroutine.yield("outer got " .. tostring(middle())) end
end)
print(outer())
print(pcall(outer))
print(pcall(outer))
-- an error object table survives the trip
local t = {}
local a = coroutine.wrap(function() error(t) end)
local b = coroutine.wrap(function() a() end)
local ok, e = pcall(b)
print(ok, e == t)
