-- a local declared inside a while/repeat body is fresh each iteration
local fs = {}
local i = 0
while i < 4 do
  i = i + 1
  local captured = i * 10
  fs[i] = function() return captured end
end
print(fs[1](), fs[2](), fs[3](), fs[4]())
local gs = {}
local j = 0
repeat
  j = j + 1
  local c = j
  gs[j] = function() c = c + 100; return c end
until j >= 3
print(gs[1](), gs[1](), gs[2](), gs[3]())
local hs = {}
local k = 0
while k < 3 do k = k + 1; hs[k] = function() return k end end
print(hs[1](), hs[2](), hs[3]())
