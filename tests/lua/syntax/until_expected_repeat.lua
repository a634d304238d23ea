-- unclosed 'repeat'
repeat
  x = x + 1
