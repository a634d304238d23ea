-- call argument list with missing ','
f(a b)
