-- io.popen in read mode: the command's output; close returns true whatever its status.
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
local p = assert(io.popen("echo hi; echo there; printf 'no newline'"))
print(io.type(p))
print(p:read("*l"))
print(p:read("*L"))
print(p:read("*a"))
print(p:read("*l"), p:read("*a"))
print(p:close())
print(io.type(p))
p = io.popen("exit 7")
print(p:read("*a"), p:close())
p = io.popen("echo 1 2 3", "r")
print(p:read("*n", "*n", "*n", "*n"))
print(p:close())
for line in io.popen("printf 'x\\ny\\n'"):lines() do print(line) end
print(io.popen("true"):read(0))
p = io.popen("echo abc")
print(p:seek())
print(p:write("x"))
p:close()
os.remove(name)
