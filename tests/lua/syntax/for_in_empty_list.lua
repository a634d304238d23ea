-- 'for k in do'
for k in do end
