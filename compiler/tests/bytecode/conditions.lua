-- and/or as values and in conditions, comparisons with constants and nil.
local a, b = ...
local x = a and b or "default"
if a == nil or b ~= 2 and not (a < 3) then
  x = x .. "!"
end
while a > 0 do a = a - 1 end
return x
