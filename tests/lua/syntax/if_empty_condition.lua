-- 'if then'
if then end
