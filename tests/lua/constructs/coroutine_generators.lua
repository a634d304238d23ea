-- generators with coroutine.wrap
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
local out = {}
for v in range(10, 3) do out[#out + 1] = v end
print(table.concat(out, " "))
local function permutations(a)
  local function permgen(t, n)
    if n <= 1 then coroutine.yield(t)
    else
      for i = 1, n do
        t[n], t[i] = t[i], t[n]
        permgen(t, n - 1)
        t[n], t[i] = t[i], t[n]
      end
    end
  end
  return coroutine.wrap(function() permgen(a, #a) end)
end
for p in permutations({"a", "b", "c"}) do print(table.concat(p)) end
local function leaves(tree)
  return coroutine.wrap(function()
    local function walk(node)
      if type(node) == "table" then for _, c in ipairs(node) do walk(c) end
      else coroutine.yield(node) end
    end
    walk(tree)
  end)
end
local l = {}
for leaf in leaves({1, {2, {3, 4}}, {{5}}, 6}) do l[#l + 1] = leaf end
print(table.concat(l, ","))
