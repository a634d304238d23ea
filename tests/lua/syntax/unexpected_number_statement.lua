-- a bare number is not a statement
1
