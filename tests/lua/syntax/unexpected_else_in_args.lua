-- 'else' as an argument
f(1, else)
