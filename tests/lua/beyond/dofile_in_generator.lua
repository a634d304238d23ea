-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- a wrapped generator whose whole body is a dofile'd chunk, driven by a for loop
local function here(name)
  local path, dir = arg and arg[0] or "", ""
  for i = #path, 1, -1 do
    if path:sub(i, i) == "/" then dir = path:sub(1, i) break end
  end
  return dir .. name
end
local chunk = here("dofile_in_generator.chunk")
local squares = {}
local ok, err = pcall(function()
  for v in coroutine.wrap(function() dofile(chunk) end) do squares[#squares + 1] = v end
end)
print(ok, err)
print(table.concat(squares, " "))
