-- unclosed 'while' on one line
while x do x = x - 1