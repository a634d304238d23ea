-- % and floor agree: a % b == a - floor(a / b) * b
local pairs_ = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {5.5, 2}, {-5.5, 2}, {0, 3}, {3, 0.5}, {1, 1 / 0}, {-1, 1 / 0}}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  local m = a % b
  print(a, b, m, m == a - math.floor(a / b) * b or (m ~= m))
end
print(5 % 0 ~= 5 % 0, -5 % 0 ~= -5 % 0, 0 % 0 ~= 0 % 0)
print(math.floor(-7 / 2), math.ceil(-7 / 2), math.floor(7 / -2))
