-- unclosed 'if' with 'elseif': the message names the 'if' line
local a = 1

if a == 1 then
  print(1)
elseif a == 2 then
  print(2)
