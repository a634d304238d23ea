-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- print calls __tostring, which yields to ask the resumer for a title
local requests = {}
local Person = {}
Person.__tostring = function(self)
  local title = coroutine.yield("title for " .. self.name)
  return title .. " " .. self.name
end
local ada = setmetatable({name = "Ada"}, Person)
local co = coroutine.create(function()
  print(ada)
  print("greeting:", ada, "!")
  return "printed"
end)
local titles = {"Dr.", "Countess"}
local i = 0
local ok, v = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  requests[#requests + 1] = v
  i = i + 1
  ok, v = coroutine.resume(co, titles[i])
end
print(ok, v)
print(table.concat(requests, "; "))
