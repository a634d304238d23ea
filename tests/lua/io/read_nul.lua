-- NUL bytes: line reads drop what follows a NUL in each piece read; *a and counts keep them.
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
put("a\0b\nc\0d")
local f = assert(io.open(name))
local line = f:read("*l")
print(#line, line == "ac", f:read("*l"))
f:close()
f = assert(io.open(name))
print(#f:read("*a"))
f:close()
f = assert(io.open(name))
print(#f:read(3), #f:read(10))
f:close()
put("\0\nxy\n")
f = assert(io.open(name))
local l = f:read("*L")
print(#l, l == "xy\n")
f:close()
os.remove(name)
