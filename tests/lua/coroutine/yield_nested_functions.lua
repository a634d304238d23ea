-- yield from several levels of ordinary Lua calls inside the coroutine
local function level3(x) return coroutine.yield("level3", x) end
local function level2(x) local r = level3(x + 1) return r * 10 end
local function level1(x) local r = level2(x + 1) return r + 1 end
local co = coroutine.create(function(x)
  local a = level1(x)
  local b = level1(a)
  return a, b
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 2))
print(coroutine.resume(co, 3))
print(coroutine.status(co))
-- recursion that yields at every level on the way down and up
local function walk(n)
  coroutine.yield("down", n)
  if n > 0 then walk(n - 1) end
  coroutine.yield("up", n)
end
local w = coroutine.wrap(function() walk(2) end)
for _ = 1, 6 do print(w()) end
