-- runtime errors inside coroutines carry LuaJIT's message and position
local function run(f, ...)
  print(coroutine.resume(coroutine.create(f), ...))
end
run(function() local t = nil; return t.x end)
run(function(a) return a + 1 end, {})
run(function() return undefined_global() end)
run(function() local s = "x" .. {} end)
run(function() return 1 < "2" end)
run(function(t) t.field.sub = 1 end, {})
run(function() local f = 5; f() end)
