-- a scheduler with virtual time: tasks yield how long they want to sleep
local now = 0
local sleeping = {}
local log = {}
local function spawn(name, delays)
  local co = coroutine.create(function()
    for _, d in ipairs(delays) do
      log[#log + 1] = now .. ":" .. name
      coroutine.yield(d)
    end
    log[#log + 1] = now .. ":" .. name .. " done"
  end)
  sleeping[#sleeping + 1] = {wake = 0, co = co, order = #sleeping}
end
spawn("fast", {1, 1, 1})
spawn("slow", {3})
spawn("mid", {2, 2})
while #sleeping > 0 do
  table.sort(sleeping, function(x, y)
    if x.wake ~= y.wake then return x.wake < y.wake end
    return x.order < y.order
  end)
  local task = table.remove(sleeping, 1)
  now = task.wake
  local ok, d = coroutine.resume(task.co)
  if coroutine.status(task.co) ~= "dead" then
    task.wake = now + d
    sleeping[#sleeping + 1] = task
  end
end
print(table.concat(log, " "))
