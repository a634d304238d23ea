-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- string.format("%s") calls __tostring, which yields for its text
local mt = {__tostring = function(self) return coroutine.yield(self.key) end}
local function obj(key) return setmetatable({key = key}, mt) end
local co = coroutine.create(function()
  local s = string.format("%s + %s = %s", obj("x"), obj("y"), obj("z"))
  local s2 = string.format("[%5s|%-5s]", obj("p"), obj("q"))
  return s, s2
end)
local values = {x = "1", y = "2", z = "3", p = "ab", q = "cd"}
local asked = {}
local ok, a, b = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  asked[#asked + 1] = a
  ok, a, b = coroutine.resume(co, values[a])
end
print(ok, a, b)
print(table.concat(asked, " "))
