-- math.atan2 in every quadrant and on the axes
local pts = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}, {0, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 0}, {-0.0, 0}, {0, -0.0}, {-0.0, -0.0}}
for _, p in ipairs(pts) do
  print(p[1], p[2], string.format("%.14g", math.atan2(p[1], p[2])))
end
print(string.format("%.14g %.14g", math.atan2(1 / 0, 1 / 0), math.atan2(-1 / 0, -1 / 0)))
print(string.format("%.14g %.14g", math.atan2(1, 1 / 0), math.atan2(1, -1 / 0)))
print(math.atan2(0 / 0, 1) ~= math.atan2(0 / 0, 1))
print(pcall(math.atan2, 1))
print(pcall(math.atan2))
