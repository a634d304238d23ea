-- '[=' at the start of a statement
x = 1
[=x
