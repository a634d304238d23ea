-- a field access is not a statement
a.b
