-- a tiny round-robin scheduler: tasks yield to give up their turn
local queue = {}
local output = {}
local function spawn(name, steps)
  queue[#queue + 1] = {name = name, co = coroutine.create(function()
    for i = 1, steps do
      output[#output + 1] = name .. i
      coroutine.yield()
    end
    return name .. " finished"
  end)}
end
spawn("a", 3)
spawn("b", 1)
spawn("c", 2)
while #queue > 0 do
  local task = table.remove(queue, 1)
  local ok, res = coroutine.resume(task.co)
  if coroutine.status(task.co) == "dead" then
    output[#output + 1] = "[" .. tostring(res) .. "]"
  else
    queue[#queue + 1] = task
  end
end
print(table.concat(output, " "))
