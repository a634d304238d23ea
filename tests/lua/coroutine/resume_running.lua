-- a coroutine that resumes itself gets an error back, and keeps running
local co
co = coroutine.create(function()
  local ok, msg = coroutine.resume(co)
  print("self resume", ok, msg)
  print("still", coroutine.status(co))
  local w = coroutine.wrap(function() return coroutine.resume(co) end)
  print("via wrap", w())
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
