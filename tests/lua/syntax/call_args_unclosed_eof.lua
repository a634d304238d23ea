-- unclosed argument list at EOF on one line
print(1, 2