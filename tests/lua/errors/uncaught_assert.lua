-- uncaught failed assertion inside a loop
local total = 0
for i = 1, 10 do
  total = total + i
  print(i, total)
  assert(total < 10, "total exceeded: " .. total)
end
