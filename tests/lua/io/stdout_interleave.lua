-- io.write, io.stdout:write and print share the standard output, in order.
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
io.write("a")
print("b")
io.stdout:write("c", 1, "\n")
io.write("d\n")
print(io.stdout:write("e"))
io.output():write("f\n")
print(pcall(function() return io.stdout:write("g"):write("h") end))
io.stdout:setvbuf("no")
io.write("i\n")
io.stdout:setvbuf("full")
io.write("j\n")
io.stdout:setvbuf("line")
print("k")
os.remove(name)
