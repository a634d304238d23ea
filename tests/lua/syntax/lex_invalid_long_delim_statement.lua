-- '[=' at the start of a statement
[=[ok]=] = 1
[=x
