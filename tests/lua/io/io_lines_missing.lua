-- io.lines on a missing file raises an argument error (uncaught here).
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
print(pcall(io.lines, "/nonexistent/file"))
print(pcall(function() local it = io.lines({}) return it end))
os.remove(name)
for line in io.lines("/nonexistent/file") do print(line) end
os.remove(name)
