-- keyword 'then' where an expression is expected
x = then
