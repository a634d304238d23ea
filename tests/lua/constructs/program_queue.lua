-- a double-ended queue with first/last indices
local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({first = 1, last = 0, items = {}}, Queue) end
function Queue:push_back(v) self.last = self.last + 1; self.items[self.last] = v end
function Queue:push_front(v) self.first = self.first - 1; self.items[self.first] = v end
function Queue:pop_front()
  if self.first > self.last then return nil, "empty" end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:pop_back()
  if self.first > self.last then return nil, "empty" end
  local v = self.items[self.last]
  self.items[self.last] = nil
  self.last = self.last - 1
  return v
end
function Queue:size() return self.last - self.first + 1 end
local q = Queue.new()
for i = 1, 5 do q:push_back(i * 10) end
q:push_front(0); q:push_front(-10)
print(q:size(), q.first, q.last)
local out = {}
while q:size() > 2 do out[#out + 1] = q:pop_front() end
print(table.concat(out, " "))
print(q:pop_back(), q:pop_back(), q:pop_back())
print(q:size())
-- BFS over a small graph using the queue
local graph = {a = {"b", "c"}, b = {"d"}, c = {"d", "e"}, d = {"f"}, e = {"f"}, f = {}}
local dist, order = {a = 0}, {}
local bq = Queue.new()
bq:push_back("a")
while bq:size() > 0 do
  local node = bq:pop_front()
  order[#order + 1] = node .. "=" .. dist[node]
  for _, nb in ipairs(graph[node]) do
    if dist[nb] == nil then dist[nb] = dist[node] + 1; bq:push_back(nb) end
  end
end
print(table.concat(order, " "))
