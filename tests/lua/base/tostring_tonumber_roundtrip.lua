-- numbers surviving tostring -> tonumber conversions
local vals = {0, 1, -1, 0.5, 123.25, 1e10, 2 ^ 52, 1e-5, 314.15926}
for i = 1, #vals do
  local v = vals[i]
  local s = tostring(v)
  print(s, tonumber(s) == v)
end
local third = 1 / 3
print(tostring(third), tonumber(tostring(third)) == third)
print(tonumber(string.format("%.17g", third)) == third)
