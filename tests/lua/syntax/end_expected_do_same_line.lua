-- unclosed 'do' on the last line
do local x = 1