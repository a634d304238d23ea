-- calling a finished wrapper at top level: "cannot resume dead coroutine"
local w = coroutine.wrap(function() return "only result" end)
print(w())
print(w())
print("unreachable")
