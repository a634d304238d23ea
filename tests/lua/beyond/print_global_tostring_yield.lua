-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- print calls a replaced global tostring, which yields for every argument
local builtin = tostring
local co = coroutine.create(function()
  tostring = function(v)
    local label = coroutine.yield(type(v))
    return label .. "(" .. builtin(v) .. ")"
  end
  print(true, nil, false)
  tostring = builtin
  return "restored"
end)
local kinds = {}
local ok, v = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  kinds[#kinds + 1] = v
  ok, v = coroutine.resume(co, "T" .. #kinds)
end
tostring = builtin
print(ok, v)
print(table.concat(kinds, " "))
