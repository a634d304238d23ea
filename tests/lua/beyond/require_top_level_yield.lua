-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- A module's top level yields while `require` runs it inside a coroutine.
local dir = arg and arg[0] or ""
local cut = 0
for i = 1, #dir do if dir:byte(i) == 47 then cut = i end end
package.path = dir:sub(1, cut) .. "modules/?.lua"
local co = coroutine.create(function()
  local m = require("yielding")
  return m.resumed_with
end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co, "value sent in"))
print(coroutine.status(co), package.loaded.yielding.resumed_with)
