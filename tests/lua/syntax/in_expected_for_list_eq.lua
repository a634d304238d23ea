-- numeric 'for' can only have one name
for a, b = 1, 2 do end
