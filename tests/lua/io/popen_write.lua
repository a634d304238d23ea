-- io.popen in write mode: the command reads what is written; its output follows.
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
local p = assert(io.popen("cat", "w"))
p:write("to cat\n", 42, "\n")
p:write("more\n")
local ok = p:close()
print(ok, io.type(p))
p = io.popen("tr a-z A-Z", "w")
p:write("shout\n")
ok = p:close()
print(ok)
p = io.popen("cat > /dev/null; exit 3", "w")
p:write("ignored")
print(p:close())
p = io.popen("cat >/dev/null", "w")
print(p:read("*l"))
p:close()
os.remove(name)
