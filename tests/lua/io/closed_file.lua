-- Every method of a closed file raises 'attempt to use a closed file'.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
local f = assert(io.open(name, "w"))
print(f:close())
print(io.type(f), tostring(f))
for _, method in ipairs{"close", "flush", "lines", "read", "seek", "setvbuf", "write"} do
  print(method, pcall(f[method], f, "no"))
end
print(pcall(function() local r = f:read() return r end))
print(pcall(io.close, f))
print(pcall(io.input, f))
print(pcall(io.output, f))
print(pcall(io.lines, f))
os.remove(name)
