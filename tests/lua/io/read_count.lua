-- Byte counts: up to n bytes, nil at the end; 0 tests for the end.
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
put("abcdefghij")
local f = assert(io.open(name))
print(f:read(3))
print(f:read(0))
print(f:read(4))
print(f:read(100))
print(f:read(0))
print(f:read(1))
f:close()
f = assert(io.open(name))
print(f:read(2.9))
print(pcall(f.read, f, "3"))
print(pcall(f.read, f, 1e10))
f:close()
f = assert(io.open(name))
print(pcall(f.read, f, -1))
f:close()
os.remove(name)
