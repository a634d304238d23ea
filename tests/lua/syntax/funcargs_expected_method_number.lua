-- method call with a number instead of arguments
s:rep 3
