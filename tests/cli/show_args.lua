-- Prints what a script sees of its command line.
print("...", ...)
print("arg", arg[-1], arg[0], arg[1], arg[2], #arg)
