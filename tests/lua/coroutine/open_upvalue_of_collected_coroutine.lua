-- A closure keeps reading and writing a local of a suspended coroutine that
-- nothing else references, across full collections.
local get, set
local co = coroutine.create(function()
  local x = 1
  get = function() return x end
  set = function(v) x = v end
  coroutine.yield()
end)
coroutine.resume(co)
co = nil
collectgarbage()
collectgarbage()
print(get())
set({ "table value" })
collectgarbage()
-- Fresh coroutines may reuse the collected one's storage.
for i = 1, 100 do
  local c = coroutine.wrap(function(...) coroutine.yield(...) end)
  c(i, i, i, i)
end
collectgarbage()
print(get()[1])
set(42)
print(get())
