-- io.open with each mode: what can be read and written, and where writes land.
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
put("0123456789")
for _, mode in ipairs{"r", "rb", "r+", "r+b", "rb+"} do
  local f = assert(io.open(name, mode))
  print(mode, f:read(3), f:seek())
  f:close()
end
local f = assert(io.open(name, "w"))
print("w", f:write("abc"), f:seek())
f:close()
print(contents())
f = assert(io.open(name, "wb"))
f:write("xyz")
f:close()
print(contents())
f = assert(io.open(name, "a"))
f:write("++")
f:close()
print(contents())
f = assert(io.open(name, "ab"))
f:write("--")
f:close()
print(contents())
f = assert(io.open(name, "w+"))
f:write("hello")
f:seek("set")
print("w+", f:read("*a"))
f:close()
f = assert(io.open(name, "a+"))
print("a+", f:read("*a"))
f:write("!")
f:seek("set")
print("a+", f:read("*a"))
f:close()
os.remove(name)
