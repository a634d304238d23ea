-- 'f() = 1': the call is a complete statement
f() = 1
