-- a name followed by a number is not a call
f 1
