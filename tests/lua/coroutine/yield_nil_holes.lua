-- nil values in the middle and at the end are counted, not dropped
local co = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  local n = select("#", coroutine.yield(nil, 2, nil))
  print("resume count", n)
  local t = {coroutine.yield(nil, nil, nil)}
  print("table", #t == 0 or #t == 3, t[1], t[2], t[3])
  return nil, nil
end)
local function show(...) print(select("#", ...), ...) end
show(coroutine.resume(co, nil, "b", nil))
show(coroutine.resume(co, nil, nil, nil, nil))
show(coroutine.resume(co, nil, nil, 3))
show(coroutine.resume(co))
local w = coroutine.wrap(function(...) local n = select("#", ...) while true do n = select("#", coroutine.yield(n)) end end)
print(w(), w(nil), w(nil, nil), w(1, nil, nil, nil), w())
