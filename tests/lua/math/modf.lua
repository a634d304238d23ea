-- math.modf splits into integral and fractional parts
local v = {0, 3.5, -3.5, 2, -2, 0.25, -0.25, 1e20, 2 ^ 52 + 0.5}
for _, x in ipairs(v) do
  local i, f = math.modf(x)
  print(x, i, f)
end
print(math.modf(1 / 0))
print(math.modf(-1 / 0))
local i, f = math.modf(0 / 0)
print(i ~= i, f ~= f)
local a, b = math.modf(-0.0)
print(1 / a, 1 / b)
local c, d = math.modf(-3)
print(c, d, 1 / d)
print(math.modf("4.75"))
print(pcall(math.modf))
