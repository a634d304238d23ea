-- Line formats: *l and l drop the newline, *L and L keep it; read() is *l.
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
put("first\nsecond\r\n\nlast")
local f = assert(io.open(name))
print(f:read("*l"))
print(f:read("*L"))
print(f:read("l"))
print(f:read("L"))
print(f:read("*l"))
f:close()
f = assert(io.open(name))
print(f:read())
print(f:read("line"))
print(f:read("Line"))
print(f:read())
print(f:read())
f:close()
put("\n\n")
f = assert(io.open(name))
print(#f:read("*L"), #f:read("*l"), f:read("*l"))
f:close()
os.remove(name)
