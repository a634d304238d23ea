-- continue label at the end of a body that declares locals (allowed: label is last)
local out = {}
for i = 1, 6 do
  local sq = i * i
  if sq % 2 == 0 then goto continue end
  local msg = i .. "^2=" .. sq
  out[#out + 1] = msg
  ::continue::
end
print(table.concat(out, " "))
local k = 0
while k < 5 do
  k = k + 1
  local half = k / 2
  if half == math.floor(half) then goto continue end
  print("odd", k, half)
  ::continue::
end
print("k", k)
