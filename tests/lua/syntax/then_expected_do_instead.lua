-- 'do' instead of 'then'
if x do end
