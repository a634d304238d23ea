-- math.pow and the ^ operator agree
local cases = {{2, 10}, {2, 0.5}, {2, -1}, {-2, 3}, {-2, 0.5}, {0, 0}, {0, -1}, {-0.0, -1}, {10, 308}, {10, 309}, {1, 1 / 0}, {-1, 1 / 0}, {0.5, -1 / 0}, {1 / 0, -1}, {-8, 1 / 3}}
for _, c in ipairs(cases) do
  local a, b = math.pow(c[1], c[2]), c[1] ^ c[2]
  print(c[1], c[2], string.format("%.14g", a), a == b or (a ~= a and b ~= b))
end
print(math.pow(0 / 0, 0), math.pow(1, 0 / 0), (0 / 0) ^ 0, 1 ^ (0 / 0))
print(math.pow("2", "3"), 2 ^ "3", "2" ^ 3)
print(pcall(math.pow, 2))
print(pcall(math.pow))
