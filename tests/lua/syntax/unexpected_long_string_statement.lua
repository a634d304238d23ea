-- a bare long string is not a statement
[==[long
string]==]
