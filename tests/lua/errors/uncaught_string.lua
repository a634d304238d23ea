-- an uncaught error with a string message ends the script
print("before")
local reason = "fatal " .. "problem"
error(reason)
print("after")
