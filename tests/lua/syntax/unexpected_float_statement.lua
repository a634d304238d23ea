-- a float literal is not a statement; near shows the source text
3.25e2 = x
