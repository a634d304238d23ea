-- yield used as an operand in expressions
local co = coroutine.create(function()
  local x = coroutine.yield("a") + coroutine.yield("b") * 2
  local s = coroutine.yield("c") .. "-" .. coroutine.yield("d")
  local b = coroutine.yield("e") and coroutine.yield("f") or "short"
  local c = not coroutine.yield("g")
  return x, s, b, c
end)
local feed = {3, 4, "p", "q", false, "unused", nil}
local ok, v, r2, r3, r4 = coroutine.resume(co)
local asked = {}
local i = 0
while coroutine.status(co) == "suspended" do
  asked[#asked + 1] = v
  i = i + 1
  ok, v, r2, r3, r4 = coroutine.resume(co, feed[i])
end
print(table.concat(asked, " "))
print(ok, v, r2, r3, r4)
local co2 = coroutine.create(function()
  local x = coroutine.yield("a") + coroutine.yield("b") * 2
  local s = coroutine.yield("c") .. "-" .. coroutine.yield("d")
  local b = coroutine.yield("e") and coroutine.yield("f") or "short"
  local c = not coroutine.yield("g")
  return x, s, b, c
end)
coroutine.resume(co2)
coroutine.resume(co2, 3)
coroutine.resume(co2, 4)
coroutine.resume(co2, "p")
coroutine.resume(co2, "q")
coroutine.resume(co2, 1)
coroutine.resume(co2, "long")
print(coroutine.resume(co2, nil))
