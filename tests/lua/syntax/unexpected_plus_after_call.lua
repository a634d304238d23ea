-- 'f() + 1' : the call is a statement, '+' starts a new one
f() + 1
