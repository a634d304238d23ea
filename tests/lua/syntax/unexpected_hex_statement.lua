-- a hex literal is not a statement
0xFF()
