-- an inconsistent comparator can make LuaJIT report an invalid order function
local function try(n, cmp)
  local t = {}
  for i = 1, n do t[i] = n - i + 1 end
  local ok, err = pcall(table.sort, t, cmp)
  print(n, ok, err)
end
local always = function(a, b) return true end
for _, n in ipairs({1, 2, 3, 4, 5, 10, 20, 100}) do try(n, always) end
local le = function(a, b) return a <= b end
for _, n in ipairs({3, 5, 10}) do
  local t = {}
  for i = 1, n do t[i] = 1 end
  print("equal keys with <=", n, (pcall(table.sort, t, le)))
end
