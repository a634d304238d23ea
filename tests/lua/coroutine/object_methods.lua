-- coroutines stored in objects and driven through methods
local Stream = {}
Stream.__index = Stream
function Stream.new(items)
  local self = setmetatable({}, Stream)
  self.co = coroutine.create(function()
    for i = 1, #items do coroutine.yield(items[i]) end
  end)
  return self
end
function Stream:next()
  local ok, v = coroutine.resume(self.co)
  return v
end
function Stream:done() return coroutine.status(self.co) == "dead" end
local s1, s2 = Stream.new({"a", "b"}), Stream.new({1, 2, 3})
print(s1:next(), s2:next(), s1:next(), s2:next())
print(s1:done(), s2:done())
print(s1:next(), s2:next())
print(s1:done(), s2:done())
print(s2:next(), s2:done())
