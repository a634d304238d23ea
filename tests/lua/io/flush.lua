-- flush hands buffered writes to the file; io.flush flushes the default output.
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
local f = assert(io.open(name, "w"))
f:write("buffered")
print(contents())
print(f:flush())
print(contents())
io.output(f)
io.write(" more")
print(contents())
print(io.flush())
print(contents())
io.output(io.stdout)
print(io.flush(), io.stdout:flush())
f:close()
os.remove(name)
