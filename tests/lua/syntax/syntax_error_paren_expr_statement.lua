-- a parenthesised expression is not a statement
(x)
