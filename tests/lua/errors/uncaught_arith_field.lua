-- uncaught arithmetic on a nil field inside a loop body
local items = {{price = 2}, {price = 3}, {cost = 4}}
local sum = 0
for i, item in ipairs(items) do
  sum = sum + item.price
  print(i, sum)
end
