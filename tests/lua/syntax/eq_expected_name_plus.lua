-- 'x + 1' is not a statement
x + 1
