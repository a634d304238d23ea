-- numeric 'for' without 'do'
for i = 1, 2 print(i) end
