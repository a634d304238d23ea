-- __gc closes an open file when called; standard files stay open.
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
local mt = getmetatable(io.stdout)
local f = assert(io.open(name, "w"))
f:write("flushed by __gc")
print(mt.__gc(f))
print(io.type(f))
print(contents())
print(mt.__gc(f))
mt.__gc(io.stdout)
print(io.type(io.stdout))
print(pcall(mt.__gc, 42))
os.remove(name)
