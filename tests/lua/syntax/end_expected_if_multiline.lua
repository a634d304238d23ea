-- unclosed 'if'
if a then
  print(a)
