-- An error raised by a finalizer surfaces from the collection that ran it.
local p = newproxy(true)
getmetatable(p).__gc = function() error("finalizer failed", 0) end
p = nil
print(pcall(collectgarbage, "collect"))
print(pcall(collectgarbage, "collect"))

local q = newproxy(true)
getmetatable(q).__gc = function() error({ code = 42 }) end
q = nil
local ok, err = pcall(collectgarbage)
print(ok, type(err), err.code)
print("still running")
