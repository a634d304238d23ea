-- 'while do'
while do end
