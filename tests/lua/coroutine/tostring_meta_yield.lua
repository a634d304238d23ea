-- LuaJIT's tostring() calls __tostring in a yieldable way
local obj = setmetatable({}, {__tostring = function(self)
  local name = coroutine.yield("naming")
  return "<" .. name .. ">"
end})
local co = coroutine.create(function()
  local s = tostring(obj)
  local s2 = "[" .. tostring(obj) .. "]"
  return s, s2
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "first"))
print(coroutine.resume(co, "second"))
print(coroutine.status(co))
