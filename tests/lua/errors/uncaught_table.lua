-- an uncaught error with a plain table value
print("start")
local t = {code = 1}
t.code = t.code + 1
error(t)
print("never printed")
