-- unclosed 'do' block
do
  local x = 1
