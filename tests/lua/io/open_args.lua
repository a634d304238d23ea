-- Argument errors of io.open.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
print(pcall(function() local f = io.open() return f end))
print(pcall(function() local f = io.open(name, {}) return f end))
print(pcall(function() local f = io.open({}) return f end))
print(pcall(io.open))
os.remove(name)
