-- io.lines() iterates over the default input and leaves it open.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
put("one\ntwo\n")
io.input(name)
for line in io.lines() do print(line) end
print(io.type(io.input()), io.read())
io.input():seek("set")
for a, b in io.lines(nil, 2, "*l") do print(a, b) end
io.close(io.input())
io.input(io.stdin)
os.remove(name)
