-- duplicate label inside a loop body; the message has no line of the first label
for i = 1, 2 do
  ::retry::
  print(i)
  ::retry::
end
