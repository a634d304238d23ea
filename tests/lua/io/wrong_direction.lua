-- Reading a write-only file or writing a read-only one fails with EBADF.
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
print(f:read("*a"))
print(f:read("*l"))
print(f:read(1))
print(f:read(0))
print(f:read("*n"))
print(f:read("*l", "*l"))
print(f:write("still writable"))
f:close()
f = assert(io.open(name, "r"))
print(f:write("x"))
print(f:read("*a"))
print(f:flush())
f:close()
local it = assert(io.open(name, "a")):lines()
print(pcall(it))
os.remove(name)
