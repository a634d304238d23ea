-- 'obj:1()'
obj:1()
