-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- a dofile'd chunk yields from a nested function; an error it raises after
-- a resumption is caught by the pcall around dofile
local function here(name)
  local path, dir = arg and arg[0] or "", ""
  for i = #path, 1, -1 do
    if path:sub(i, i) == "/" then dir = path:sub(1, i) break end
  end
  return dir .. name
end
local chunk = here("dofile_nested_yield.chunk")
local function run(answer)
  local co = coroutine.create(function()
    return pcall(dofile, chunk)
  end)
  local seen = {}
  local ok, v, w = coroutine.resume(co)
  while coroutine.status(co) == "suspended" do
    seen[#seen + 1] = tostring(v)
    ok, v, w = coroutine.resume(co, answer)
  end
  print(table.concat(seen, " "))
  print(ok, v, w)
end
run("pass")
run("fail")
