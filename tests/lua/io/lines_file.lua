-- file:lines() iterates without closing the file; formats are read each step.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
put("a\nb\n\nc")
local f = assert(io.open(name))
for line in f:lines() do print("[" .. line .. "]") end
print(io.type(f), f:read("*a"), f:read("*l"))
f:seek("set")
for a, b in f:lines(1, "*l") do print(a, b) end
f:seek("set")
for line in f:lines("*L") do io.write("<", line, ">") end
print()
f:seek("set")
local it = f:lines()
print(it(), it(), it(), it(), it())
f:close()
print(pcall(it))
put("1 2 3\n4 5\nx")
f = assert(io.open(name))
for n in f:lines("n") do print(n) end
print(f:read("*a"))
f:close()
os.remove(name)
