-- 'for' name followed by a number
for i 1, 10 do end
