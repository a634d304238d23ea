-- a Lua iterator function called by generic for may yield (LuaJIT allows it)
local function ticker(limit)
  return function(_, i)
    i = i + 1
    if i > limit then return nil end
    local label = coroutine.yield("tick", i)
    return i, label
  end, nil, 0
end
local co = coroutine.create(function()
  local got = {}
  for i, label in ticker(3) do got[#got + 1] = i .. "=" .. tostring(label) end
  return table.concat(got, " ")
end)
local ok, a, b = coroutine.resume(co)
local n = 0
while coroutine.status(co) == "suspended" do
  print(a, b)
  n = n + 1
  ok, a, b = coroutine.resume(co, "L" .. n)
end
print(ok, a)
-- a callable table as the iterator
local iter = setmetatable({}, {__call = function(self, _, i)
  if i >= 2 then return nil end
  coroutine.yield("callable", i)
  return i + 1
end})
local w = coroutine.wrap(function()
  local s = 0
  for i in iter, nil, 0 do s = s + i end
  return "sum " .. s
end)
print(w())
print(w())
print(w())
