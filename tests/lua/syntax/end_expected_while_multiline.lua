-- unclosed 'while'
while true do
  x = x + 1
