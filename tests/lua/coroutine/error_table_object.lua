-- error objects that are tables come back unchanged
local obj = {code = 42, why = "custom"}
local co = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co)
print(ok, type(e), e == obj, e.code, e.why)
local co2 = coroutine.create(function()
  coroutine.yield("first")
  error(setmetatable({}, {__index = function(_, k) return "meta " .. k end}))
end)
print(coroutine.resume(co2))
local ok2, e2 = coroutine.resume(co2)
print(ok2, type(e2), e2.anything)
-- through wrap and pcall
local w = coroutine.wrap(function() error({level = "wrap"}) end)
local ok3, e3 = pcall(w)
print(ok3, type(e3), e3.level)
