-- coroutine.yield passed around as a plain function value
local yield = coroutine.yield
local function each(t, f) for i = 1, #t do f(t[i]) end end
local function map(t, f) local r = {} for i = 1, #t do r[i] = f(t[i]) end return r end
local w = coroutine.wrap(function()
  each({"a", "b", "c"}, yield)
  return "end of each"
end)
print(w(), w(), w(), w())
local co = coroutine.create(function()
  return table.concat(map({1, 2, 3}, yield), ",")
end)
local ok, v = coroutine.resume(co)
local asked = {}
while coroutine.status(co) == "suspended" do
  asked[#asked + 1] = v
  ok, v = coroutine.resume(co, v * 100)
end
print(table.concat(asked, " "), v)
local t = {y = coroutine.yield}
local w2 = coroutine.wrap(function() t.y("method-ish") return "done" end)
print(w2(), w2())
