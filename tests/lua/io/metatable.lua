-- The file metatable: methods and __index on itself, __tostring, __gc; the io table.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
local mt = getmetatable(io.stdout)
print(mt == getmetatable(io.stdin), mt.__index == mt)
local f = assert(io.open(name))
print(getmetatable(f) == mt)
f:close()
local keys = {}
for k, v in pairs(mt) do keys[#keys + 1] = k .. ":" .. type(v) end
table.sort(keys)
print(table.concat(keys, " "))
keys = {}
for k, v in pairs(io) do keys[#keys + 1] = k .. ":" .. type(v) end
table.sort(keys)
print(table.concat(keys, " "))
print(io.close == mt.close, io.read == mt.read, io.write == mt.write, io.lines == mt.lines)
print(package.loaded.io == io)
os.remove(name)
