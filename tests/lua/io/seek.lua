-- seek: set, cur (the default) and end, offsets, and positions after reads and writes.
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
local f = assert(io.open(name, "w+"))
f:write("hello world\n")
print(f:seek(), f:seek("cur"), f:seek("set"), f:seek("end"), f:seek("end", -3), f:seek("set", 2))
print(f:read(3), f:seek())
print(f:seek("cur", 2), f:read("*l"))
print(f:seek("cur", -5), f:read(2))
print(f:seek("set", 100), f:read("*a"), f:seek())
print(f:seek("set", -1))
print(f:seek("cur", -1000))
print(f:seek("end", 0.9), f:seek("set", 1.9), f:seek("set", nil))
f:seek("set", 20)
f:write("X")
f:close()
local s = contents()
print(#s, s:byte(13, 21))
os.remove(name)
