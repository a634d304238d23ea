-- io.type: 'file', 'closed file', or nil for anything else.
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
print(io.type(f), io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
f:close()
print(io.type(f))
print(io.type(nil), io.type(42), io.type("file"), io.type({}), io.type(newproxy()), io.type(print))
print(pcall(function() local t = io.type() return t end))
print(select("#", io.type(nil)))
os.remove(name)
