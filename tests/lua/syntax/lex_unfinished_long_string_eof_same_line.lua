-- unclosed long string at EOF on one line
x = [[abc