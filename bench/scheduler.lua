-- A Richards-like scheduler simulation: task records, packet queues, a
-- priority-ordered task list and dispatch through method tables.
local Packet = {}
Packet.__index = Packet

function Packet.new(link, id, kind)
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = {0, 0, 0, 0} }, Packet)
end

function Packet:append_to(queue)
  self.link = nil
  if queue == nil then return self end
  local p = queue
  while p.link do p = p.link end
  p.link = self
  return queue
end

local Task = {}
Task.__index = Task

local tasks_by_id = {}
local task_list = nil
local hold_count, qpkt_count = 0, 0

function Task.new(id, priority, queue, run, data)
  local t = setmetatable({ id = id, priority = priority, queue = queue, run = run,
                           data = data, held = false, waiting = false,
                           link = task_list }, Task)
  task_list = t
  tasks_by_id[id] = t
  return t
end

function Task:runnable()
  return not self.held and (not self.waiting or self.queue ~= nil)
end

function Task:queue_packet(packet)
  local t = tasks_by_id[packet.id]
  if t == nil then return nil end
  qpkt_count = qpkt_count + 1
  packet.link = nil
  packet.id = self.id
  if t.queue == nil then
    t.queue = packet
    if t.priority > self.priority then return t end
    return self
  end
  t.queue = packet:append_to(t.queue)
  return self
end

function Task:wait()
  self.waiting = true
  return self
end

function Task:release(id)
  local t = tasks_by_id[id]
  t.held = false
  if t.priority > self.priority then return t end
  return self
end

function Task:hold()
  hold_count = hold_count + 1
  self.held = true
  return self.link
end

local ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1

local function idle_run(self, packet)
  local d = self.data
  d.count = d.count - 1
  if d.count == 0 then return self:hold() end
  if d.control % 2 == 0 then
    d.control = d.control / 2
    return self:release(ID_DEVICE_A)
  end
  d.control = (d.control - 1) / 2
  d.control = (d.control + 53256) % 65536
  return self:release(ID_DEVICE_B)
end

local function worker_run(self, packet)
  if packet == nil then return self:wait() end
  local d = self.data
  d.dest = d.dest == ID_HANDLER_A and ID_HANDLER_B or ID_HANDLER_A
  packet.id = d.dest
  packet.a1 = 0
  for i = 1, 4 do
    d.count = d.count + 1
    if d.count > 26 then d.count = 1 end
    packet.a2[i] = d.count
  end
  return self:queue_packet(packet)
end

local function handler_run(self, packet)
  local d = self.data
  if packet ~= nil then
    if packet.kind == KIND_WORK then d.work = packet:append_to(d.work)
    else d.device = packet:append_to(d.device) end
  end
  local work = d.work
  if work ~= nil then
    local count = work.a1 + 1
    if count > 4 then
      d.work = work.link
      return self:queue_packet(work)
    end
    local dev = d.device
    if dev ~= nil then
      d.device = dev.link
      dev.a1 = work.a2[count]
      work.a1 = count
      return self:queue_packet(dev)
    end
  end
  return self:wait()
end

local function device_run(self, packet)
  local d = self.data
  if packet == nil then
    local p = d.pending
    if p == nil then return self:wait() end
    d.pending = nil
    return self:queue_packet(p)
  end
  d.pending = packet
  return self:hold()
end

local function schedule()
  local t = task_list
  while t ~= nil do
    if t.held or (t.waiting and t.queue == nil) then
      t = t.link
    else
      local packet = nil
      if t.waiting then
        packet = t.queue
        t.queue = packet.link
        t.waiting = false
      end
      t = t:run(packet)
    end
  end
end

local function run(count)
  tasks_by_id, task_list, hold_count, qpkt_count = {}, nil, 0, 0
  Task.new(ID_IDLE, 0, nil, idle_run, { control = 1, count = count })
  local wq = Packet.new(nil, 0, KIND_WORK)
  wq = Packet.new(wq, 0, KIND_WORK)
  Task.new(ID_WORKER, 1000, wq, worker_run, { dest = ID_HANDLER_A, count = 0 })
  wq = Packet.new(nil, ID_DEVICE_A, KIND_DEVICE)
  wq = Packet.new(wq, ID_DEVICE_A, KIND_DEVICE)
  wq = Packet.new(wq, ID_DEVICE_A, KIND_DEVICE)
  Task.new(ID_HANDLER_A, 2000, wq, handler_run, {})
  wq = Packet.new(nil, ID_DEVICE_B, KIND_DEVICE)
  wq = Packet.new(wq, ID_DEVICE_B, KIND_DEVICE)
  wq = Packet.new(wq, ID_DEVICE_B, KIND_DEVICE)
  Task.new(ID_HANDLER_B, 3000, wq, handler_run, {})
  Task.new(ID_DEVICE_A, 4000, nil, device_run, {})
  Task.new(ID_DEVICE_B, 5000, nil, device_run, {})
  -- Every task but the idle one starts waiting for a packet, as in Richards.
  for id, t in pairs(tasks_by_id) do t.waiting = id ~= ID_IDLE end
  schedule()
  return qpkt_count, hold_count
end

local n = tonumber(arg and arg[1]) or 80
local q, h
for _ = 1, n do q, h = run(10000) end
print(q, h)
