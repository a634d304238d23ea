-- call with a string argument, followed by a name that is not a statement
print "a" b
