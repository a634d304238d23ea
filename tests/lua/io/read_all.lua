-- *a reads to the end, and gives an empty string at the end.
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
put("one\ntwo\nthree")
local f = assert(io.open(name))
print(f:read("*l"))
print(f:read("*a"))
print(f:read("*a") == "", f:read("a") == "")
print(f:read("*l"))
f:close()
put(string.rep("x", 20000))
f = assert(io.open(name))
print(#f:read("*a"))
f:close()
os.remove(name)
