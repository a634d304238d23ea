-- generic for variables are fresh per iteration
local fns = {}
for i, v in ipairs({"a", "b", "c"}) do
  fns[#fns + 1] = function() return i .. v end
end
for k = 1, #fns do print(fns[k]()) end
local keys = {"x", "y", "z"}
local getters = {}
for _, k in ipairs(keys) do
  local count = 0
  getters[k] = function() count = count + 1; return k .. count end
end
print(getters.x(), getters.x(), getters.y(), getters.z(), getters.x())
