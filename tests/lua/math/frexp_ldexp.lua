-- math.frexp and math.ldexp
for _, x in ipairs({0, 1, -1, 0.5, 2, 3, 1024, 0.1, -7.25, 1e300, 5e-324, 2 ^ -1022}) do
  local m, e = math.frexp(x)
  print(string.format("%.17g", x), string.format("%.17g", m), e, math.ldexp(m, e) == x)
end
print(math.frexp(1 / 0), math.frexp(-1 / 0))
print(math.ldexp(1, 1024), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(-3, 2))
print(math.ldexp(0.5, 2.9), math.ldexp(1, -0.5), math.ldexp("1", "3"))
local m, e = math.frexp(-0.0)
print(1 / m, e)
print(pcall(math.ldexp, 1))
print(pcall(math.frexp))
print(pcall(math.ldexp, 1, "x"))
