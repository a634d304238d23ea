-- yield inside every kind of loop, with break and loop conditions
local w = coroutine.wrap(function()
  for i = 1, 2 do coroutine.yield("for " .. i) end
  local j = 0
  while coroutine.yield("while test " .. j) do j = j + 1 end
  repeat
    j = j - 1
  until coroutine.yield("until " .. j)
  for k, v in ipairs({"x", "y", "z"}) do
    if coroutine.yield("ipairs " .. k) == "stop" then break end
  end
  return "loops done"
end)
print(w())
print(w())
print(w())
print(w(true))
print(w(true))
print(w(false))
print(w(false))
print(w(true))
print(w())
print(w("stop"))
