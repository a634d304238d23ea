-- producer/consumer pipeline with a filter coroutine
local function producer(items)
  return coroutine.create(function()
    for _, v in ipairs(items) do coroutine.yield(v) end
    return nil
  end)
end
local function receive(prod)
  local ok, v = coroutine.resume(prod)
  return v
end
local function filter(prod, pred)
  return coroutine.create(function()
    while true do
      local v = receive(prod)
      if v == nil then return nil end
      if pred(v) then coroutine.yield(v * 10) end
    end
  end)
end
local pipeline = filter(producer({1, 2, 3, 4, 5, 6, 7}), function(x) return x % 2 == 1 end)
local got = {}
while true do
  local v = receive(pipeline)
  if v == nil then break end
  got[#got + 1] = v
end
print(table.concat(got, " "))
local co = coroutine.wrap(function(...)
  local args = {...}
  while true do args = {coroutine.yield(#args, ...)} end
end)
print(co(1, 2, 3))
print(co())
print(co(nil, nil))
