-- LuaJIT refuses this (its stack ends at 65500 slots: "stack overflow"); Lunaris yields here by design.
-- A coroutine yields from the bottom of a 100 000-deep Lua recursion and is resumed.
local function recurse(n)
  if n == 0 then return coroutine.yield("deep") end
  return 1 + recurse(n - 1)
end
local co = coroutine.create(function() return recurse(100000) end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co, 0))
local function runaway() return 1 + runaway() end
print(pcall(runaway))
