-- all permutations via a recursive generator (PiL's permgen)
local function permgen(a, n)
  n = n or #a
  if n <= 1 then
    coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
local count = 0
for p in permutations({1, 2, 3, 4}) do
  count = count + 1
  if count <= 6 then print(table.concat(p, " ")) end
end
print("total", count)
for p in permutations({"x", "y"}) do print(table.concat(p)) end
for p in permutations({}) do print("empty", #p) end
