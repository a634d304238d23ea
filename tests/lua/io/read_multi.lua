-- Several formats in one read: one result each, stopping at the first nil.
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
put("line1\nline2\r\n\nlast")
local f = assert(io.open(name))
print(f:read("*l", "*L", "l", "L", "*l", "*l"))
f:close()
f = assert(io.open(name))
print(f:read(3, 0, 100, 0, 5))
f:close()
f = assert(io.open(name))
print(f:read("*a", "*a", "*l", "*a"))
f:close()
f = assert(io.open(name))
print(f:read("n", "l"))
print(f:read("a"))
f:close()
put("1 2 3\n4 5\nx")
f = assert(io.open(name))
print(f:read("*n", "*n", "*n", "*n", "*n", "*n", "*l"))
print(select("#", f:read("*n", "*l", "*l")))
f:close()
os.remove(name)
