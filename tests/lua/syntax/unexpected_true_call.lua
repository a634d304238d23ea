-- true cannot be called as a statement
true()
