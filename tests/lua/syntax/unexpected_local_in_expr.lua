-- 'local' inside an expression
x = 1 + local
