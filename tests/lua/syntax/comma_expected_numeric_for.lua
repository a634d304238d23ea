-- numeric 'for' needs ',' between start and limit
for i = 1 10 do end
