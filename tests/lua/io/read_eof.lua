-- Reading an empty file: *a gives empty strings, the others nil.
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
put("")
local f = assert(io.open(name))
print(f:read("*a"), f:read("*a"), f:read("*l"), f:read(0), f:read("*n"), f:read(5), f:read("*L"))
print(f:read())
print(select("#", f:read("*l", "*l")))
print(f:read("*a", "*l", "*a"))
f:close()
os.remove(name)
