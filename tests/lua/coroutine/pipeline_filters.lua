-- a pipeline: source -> filter -> map -> sink, each stage a coroutine
local function source(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local function filter(pred, input)
  return coroutine.wrap(function()
    for v in input do
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function map(f, input)
  return coroutine.wrap(function()
    for v in input do coroutine.yield(f(v)) end
  end)
end
local function collect(input)
  local t = {}
  for v in input do t[#t + 1] = v end
  return table.concat(t, " ")
end
print(collect(map(function(x) return x * x end, filter(function(x) return x % 3 == 0 end, source(20)))))
print(collect(filter(function(x) return x > 5 end, map(function(x) return x + 1 end, source(8)))))
-- chunking stage: groups of three
local function chunk(k, input)
  return coroutine.wrap(function()
    local group = {}
    for v in input do
      group[#group + 1] = v
      if #group == k then coroutine.yield(table.concat(group, ",")) group = {} end
    end
    if #group > 0 then coroutine.yield(table.concat(group, ",")) end
  end)
end
print(collect(chunk(3, source(10))))
