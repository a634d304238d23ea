-- an error in a coroutine: resume returns false and the message with position
local co = coroutine.create(function()
  error("plain failure")
end)
print(coroutine.resume(co))
local co2 = coroutine.create(function(n)
  local function check(v)
    if v > 2 then error("too big: " .. v) end
    return v
  end
  return check(n)
end)
print(coroutine.resume(co2, 5))
local co3 = coroutine.create(function() error("no position", 0) end)
print(coroutine.resume(co3))
local co4 = coroutine.create(function()
  local function inner() error("caller position", 2) end
  inner()
end)
print(coroutine.resume(co4))
