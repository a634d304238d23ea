-- The standard files refuse to close.
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
print(io.stdout:close())
print(io.stderr:close())
print(io.stdin:close())
print(io.close())
print(io.close(io.stdout))
print(io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
io.write("still open\n")
os.remove(name)
