-- numeric for with positive, negative and float steps
local function run(a, b, s)
  local r = {}
  if s then for i = a, b, s do r[#r + 1] = i end
  else for i = a, b do r[#r + 1] = i end end
  return "[" .. table.concat(r, " ") .. "]"
end
print(run(1, 5), run(5, 1), run(1, 1))
print(run(10, 1, -3), run(1, 10, 4), run(0, -4, -1))
print(run(0, 1, 0.25), run(1, 0, -0.5))
print(run(0.1, 0.5, 0.1))
print(run(1, 2, 10), run(3, 3, -1))
print(run(1.5, 4), run(-2, 2, 2))
local count = 0
for i = 1, 0 do count = count + 1 end
print(count)
for i = 2^52 - 2, 2^52 do count = count + 1 end
print(count)
