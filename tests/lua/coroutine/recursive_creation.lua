-- coroutines that create coroutines recursively: a tree of generators
local function tree(depth, label)
  return coroutine.wrap(function()
    if depth == 0 then coroutine.yield(label) return end
    for i = 1, 2 do
      for v in tree(depth - 1, label .. i) do coroutine.yield(v) end
    end
  end)
end
local out = {}
for v in tree(3, "n") do out[#out + 1] = v end
print(#out, table.concat(out, " "))
-- counting coroutines created through recursion
local created = 0
local function spawn(n)
  created = created + 1
  local co = coroutine.create(function()
    if n > 0 then
      local ok1, a = coroutine.resume(spawn(n - 1))
      local ok2, b = coroutine.resume(spawn(n - 1))
      return a + b
    end
    return 1
  end)
  return co
end
print(coroutine.resume(spawn(8)))
print(created)
