-- ambiguous call after a call statement
f()
(g or h)()
