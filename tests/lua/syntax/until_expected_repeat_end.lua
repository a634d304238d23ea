-- 'repeat' closed with 'end'
repeat
  x = x + 1
end
