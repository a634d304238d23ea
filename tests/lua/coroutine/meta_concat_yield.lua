-- yield from __concat, including inside a longer concatenation chain
local mt = {__concat = function(a, b)
  local sep = coroutine.yield("concat")
  local sa = type(a) == "table" and a.s or a
  local sb = type(b) == "table" and b.s or b
  return sa .. sep .. sb
end}
local obj = setmetatable({s = "OBJ"}, mt)
local co = coroutine.create(function()
  local r1 = obj .. "tail"
  local r2 = "head" .. obj
  local r3 = "a" .. "b" .. obj .. "c" .. "d"
  return r1 .. " " .. r2 .. " " .. r3
end)
local ok, v = coroutine.resume(co)
local n = 0
while coroutine.status(co) == "suspended" do
  n = n + 1
  ok, v = coroutine.resume(co, "<" .. n .. ">")
end
print(n, ok, v)
local co2 = coroutine.create(function()
  local r1 = obj .. "tail"
  local r2 = "head" .. obj
  return r1, r2
end)
coroutine.resume(co2)
coroutine.resume(co2, "-")
print(coroutine.resume(co2, "+"))
