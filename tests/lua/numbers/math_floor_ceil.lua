-- math.floor / math.ceil on positives, negatives and specials
local vals = {3.7, -3.7, 3.2, -3.2, 0.5, -0.5, 5, -5, 2 ^ 52 + 0.5, 1e300}
for i = 1, #vals do
  local v = vals[i]
  print(v, math.floor(v), math.ceil(v))
end
print(math.floor(1 / 0), math.ceil(-1 / 0))
print(math.floor(-0.0), math.ceil(-0.5), math.floor("2.5"))
print(math.floor(0 / 0) ~= math.floor(0 / 0))
