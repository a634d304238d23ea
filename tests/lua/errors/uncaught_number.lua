-- an uncaught error with a number gets position info
local code = 100
code = code + 23
print("n", code)
error(code)
print("never printed")
