-- a bare string is not a statement
"hello"
