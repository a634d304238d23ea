-- a bare name is not a statement
x
