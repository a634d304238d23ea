-- 'for 1 = ...'
for 1 = 1, 2 do end
