-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- the top level of a chunk run by dofile yields to the coroutine's resumer
local function here(name)
  local path, dir = arg and arg[0] or "", ""
  for i = #path, 1, -1 do
    if path:sub(i, i) == "/" then dir = path:sub(1, i) break end
  end
  return dir .. name
end
local co = coroutine.create(function()
  local sum, msg = dofile(here("dofile_top_level_yield.chunk"))
  return "dofile returned", sum, msg
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 20))
print(coroutine.resume(co, 22))
print(coroutine.status(co))
