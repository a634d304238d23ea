-- io.tmpfile: an anonymous file for update.
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
local t = io.tmpfile()
print(io.type(t))
print(t:write("abc", 123))
print(t:seek())
print(t:seek("set"))
print(t:read("*a"))
print(t:seek("set", 1), t:read(2))
print(t:close())
print(io.type(t))
os.remove(name)
