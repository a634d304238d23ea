-- unclosed 'if' on one line
if a then b() 