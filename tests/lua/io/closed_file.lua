-- Every method of a closed file raises 'attempt to use a closed file'.
local name = os.tmpname()
local function hide(s)
  if type(s) == "string" and s:sub(1, #name) == name then
    return "TMP" .. s:sub(#name + 1)
  end
  return s
end
local function put(s)
  local f = assert(io.open(name, "wb"))
  f:write(s)
  f:close()
end
local function contents()
  local f = assert(io.open(name, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end
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
