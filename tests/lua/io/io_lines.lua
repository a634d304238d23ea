-- io.lines(name) closes the file at its end, unless formats were given (LuaJIT 2.1).
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
put("a\nb\n")
for line in io.lines(name) do print(line) end
local it = io.lines(name)
print(it(), it())
print(select("#", it()))
print(pcall(it))
it = io.lines(name, "*l")
print(it(), it(), it(), it())
print(pcall(it))
for a, b in io.lines(name, 1, "*L") do io.write(a, "|", b) end
print(pcall(function() local it = io.lines(name, "*x") local v = it() return v end))
os.remove(name)
