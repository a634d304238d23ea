-- missing 'then', error reported at the next line's token
local a = 1
if a == 1
  print(a)
end
