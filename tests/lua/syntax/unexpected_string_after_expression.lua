-- a string after a complete expression starts a new (invalid) statement
x = 1 "s"
