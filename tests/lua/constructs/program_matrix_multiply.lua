-- matrix multiplication, transpose and identity
local function matrix(rows, cols, f)
  local m = {}
  for i = 1, rows do
    m[i] = {}
    for j = 1, cols do m[i][j] = f(i, j) end
  end
  return m
end
local function mul(a, b)
  local n, m, p = #a, #b, #b[1]
  assert(#a[1] == m, "dimension mismatch")
  return matrix(n, p, function(i, j)
    local s = 0
    for k = 1, m do s = s + a[i][k] * b[k][j] end
    return s
  end)
end
local function transpose(a) return matrix(#a[1], #a, function(i, j) return a[j][i] end) end
local function show(m)
  for i = 1, #m do print(table.concat(m[i], " ")) end
end
local A = {{1, 2, 3}, {4, 5, 6}}
local B = {{7, 8}, {9, 10}, {11, 12}}
show(mul(A, B))
show(transpose(A))
local I = matrix(3, 3, function(i, j) return i == j and 1 or 0 end)
show(mul(A, I))
print(pcall(mul, A, A))
local F = {{1, 1}, {1, 0}}
local R = {{1, 0}, {0, 1}}
for _ = 1, 40 do R = mul(R, F) end
print("fib(40) via matrix:", R[1][2])
show(mul({{0.5, 1.5}}, {{2}, {4}}))
