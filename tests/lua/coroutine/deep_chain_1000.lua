-- 1000 coroutines nested: each resumes the next, the deepest yields
local depth_reached = 0
local function make(n)
  return coroutine.create(function(v)
    depth_reached = math.max(depth_reached, n)
    if n == 1000 then
      local back = coroutine.yield(v + 1)
      return back * 2
    end
    local child = make(n + 1)
    local ok, r = coroutine.resume(child, v + 1)
    -- pass the child's yield up, then finish the child with what we get
    local back = coroutine.yield(r)
    local ok2, r2 = coroutine.resume(child, back)
    return r2 + 1
  end)
end
local top = make(1)
print(coroutine.resume(top, 0))
print(depth_reached)
print(coroutine.status(top))
print(coroutine.resume(top, 5))
print(coroutine.status(top))
