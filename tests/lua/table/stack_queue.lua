-- a stack and a queue built on insert and remove
local stack = {}
for i = 1, 5 do table.insert(stack, i) end
local popped = {}
while #stack > 0 do popped[#popped + 1] = table.remove(stack) end
print(table.concat(popped, " "))
local queue = {}
for _, v in ipairs({"a", "b", "c"}) do table.insert(queue, v) end
table.insert(queue, 1, "front")
local order = {}
while #queue > 0 do order[#order + 1] = table.remove(queue, 1) end
print(table.concat(order, " "))
local dq = {}
for i = 1, 6 do
  if i % 2 == 0 then table.insert(dq, 1, i) else table.insert(dq, i) end
end
print(table.concat(dq, " "))
print(table.remove(dq, 1), table.remove(dq), table.concat(dq, " "))
