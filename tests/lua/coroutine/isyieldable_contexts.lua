-- isyieldable inside pcall, metamethods, iterators and nested coroutines
local mt = {__index = function() return coroutine.isyieldable() end}
local obj = setmetatable({}, mt)
local function iter(_, i) if i < 1 then return i + 1, coroutine.isyieldable() end end
local function probe(where)
  local r = {}
  r[#r + 1] = tostring(coroutine.isyieldable())
  r[#r + 1] = tostring(select(2, pcall(coroutine.isyieldable)))
  r[#r + 1] = tostring(obj.anything)
  for _, y in iter, nil, 0 do r[#r + 1] = tostring(y) end
  print(where, table.concat(r, " "))
end
probe("main")
coroutine.wrap(probe)("coroutine")
coroutine.wrap(function()
  coroutine.wrap(probe)("nested")
  probe("outer again")
end)()
probe("main again")
