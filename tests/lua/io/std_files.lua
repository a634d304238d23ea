-- The standard files: stdin refuses writes, stdout refuses reads and seeks.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
print(io.stdin:write("x"))
print(io.stdout:seek())
print(io.stderr:read(1))
print(io.stdout:setvbuf("no"), io.stdout:flush(), io.flush())
print(io.stdout:lines() ~= nil)
os.remove(name)
