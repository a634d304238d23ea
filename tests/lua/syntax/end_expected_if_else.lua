-- unclosed 'if' with 'else'
if a then
  print(1)
else
  print(2)
