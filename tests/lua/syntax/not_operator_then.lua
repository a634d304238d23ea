-- 'not' followed by 'then'
if not then end
