-- tostring of files: 'file (0x...)' while open, 'file (closed)' after.
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
local f = assert(io.open(name))
local s = tostring(f)
print(s:sub(1, 8), s:sub(-1), #s >= 17)
print(tostring(io.stdout):sub(1, 8))
print(tostring(f) == tostring(f))
f:close()
print(tostring(f))
print(pcall(getmetatable(io.stdout).__tostring, 42))
os.remove(name)
