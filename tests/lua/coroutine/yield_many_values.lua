-- hundreds of values through yield and resume
local N = 250
local vals = {}
for i = 1, N do vals[i] = i end
local co = coroutine.create(function(...)
  local n = select("#", ...)
  local back = {coroutine.yield(...)}
  return n, #back, back[1], back[#back]
end)
local res = {coroutine.resume(co, unpack(vals))}
print(#res, res[1], res[2], res[N + 1])
local sum = 0
for i = 2, #res do sum = sum + res[i] end
print(sum)
local rev = {}
for i = 1, N do rev[i] = N + 1 - i end
print(coroutine.resume(co, unpack(rev)))
