-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- print converts its arguments left to right; each __tostring yields
local mt = {__tostring = function(self) return coroutine.yield(self.id) end}
local a = setmetatable({id = "a"}, mt)
local b = setmetatable({id = "b"}, mt)
local c = setmetatable({id = "c"}, mt)
local co = coroutine.create(function() print(a, 42, b, nil, c, true) end)
local order = {}
local ok, id = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  order[#order + 1] = id
  ok, id = coroutine.resume(co, "<" .. string.upper(id) .. ">")
end
print(ok, tostring(id), table.concat(order, " "))
