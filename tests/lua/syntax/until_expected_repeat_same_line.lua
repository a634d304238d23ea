-- unclosed 'repeat' on one line
repeat x = x + 1