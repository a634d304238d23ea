-- expression ends after a binary operator, followed by a newline
x = 2 *
