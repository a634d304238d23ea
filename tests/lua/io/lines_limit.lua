-- A lines iterator keeps at most 59 formats.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
put("x")
local formats = {}
for i = 1, 59 do formats[i] = 1 end
print(pcall(function() local it = io.lines(name, unpack(formats)) return type(it) end))
formats[60] = 1
print(pcall(function() local it = io.lines(name, unpack(formats)) return type(it) end))
local f = assert(io.open(name))
print(pcall(function() local it = f:lines(unpack(formats)) return type(it) end))
formats[60] = nil
print(pcall(function() local it = f:lines(unpack(formats)) return type(it) end))
f:close()
os.remove(name)
