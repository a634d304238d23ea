-- producer/consumer: the consumer drives, the producer yields items
local function producer(lines)
  return coroutine.create(function()
    for i = 1, #lines do coroutine.yield(lines[i]) end
    return nil
  end)
end
local function consumer(prod)
  local received = {}
  while true do
    local ok, item = coroutine.resume(prod)
    if not ok or item == nil then break end
    received[#received + 1] = item
  end
  return received
end
local got = consumer(producer({"alpha", "beta", "gamma"}))
print(#got, table.concat(got, "|"))
-- consumer-driven with a send/receive pair in the other direction
local sink = coroutine.create(function()
  local total, count = 0, 0
  while true do
    local v = coroutine.yield(total)
    if v == nil then break end
    total, count = total + v, count + 1
  end
  return "sum", total, "count", count
end)
coroutine.resume(sink)
for i = 1, 5 do print("running total", select(2, coroutine.resume(sink, i * i))) end
print(coroutine.resume(sink, nil))
