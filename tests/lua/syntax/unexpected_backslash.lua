-- stray backslash outside a string
x = \n
