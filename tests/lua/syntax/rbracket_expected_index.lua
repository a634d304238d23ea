-- unclosed index expression
t[1 = 2
