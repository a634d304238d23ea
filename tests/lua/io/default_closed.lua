-- When the default output or input is closed, io.write, io.read and friends refuse.
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
io.output(name)
io.close()
print(io.type(io.output()), tostring(io.output()))
print(pcall(io.write, "x"))
print(pcall(io.flush))
print(pcall(io.close))
print(pcall(function() local r = io.write("x") return r end))
io.output(io.stdout)
io.input(name)
io.close(io.input())
print(pcall(io.read))
print(pcall(function() local r = io.read() return r end))
local ok, it = pcall(io.lines)
print(ok, type(it))
print(pcall(it))
io.input(io.stdin)
os.remove(name)
