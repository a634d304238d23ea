-- Opening a directory: reading succeeds to open but fails to read; writing fails to open.
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
local d = assert(io.open("/"))
print(io.type(d))
print(d:read("*a"))
print(d:read("*l"))
print(d:close())
print(io.open("/", "w"))
print(io.open("/", "a+"))
print(type(io.lines("/")))
local ok, it = pcall(io.lines, "/")
print(pcall(it))
os.remove(name)
