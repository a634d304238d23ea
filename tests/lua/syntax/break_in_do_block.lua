-- break inside a plain 'do' block
do
  break
end
