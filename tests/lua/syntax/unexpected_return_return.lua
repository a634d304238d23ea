-- 'return return'
return return
