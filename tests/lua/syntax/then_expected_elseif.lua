-- missing 'then' after an elseif condition
if a then
  print(1)
elseif b print(2)
end
