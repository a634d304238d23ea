-- a backward goto implements a loop
local i = 1
local acc = {}
::top::
acc[#acc + 1] = i
i = i + 1
if i <= 5 then goto top end
print(table.concat(acc, ","))
local function gcd(a, b)
  ::again::
  if b == 0 then return a end
  a, b = b, a % b
  goto again
end
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))
local fs = {}
do
  local n = 0
  ::loop::
  local captured = n
  fs[#fs + 1] = function() return captured end
  n = n + 1
  if n < 3 then goto loop end
end
print(fs[1](), fs[2](), fs[3]())
