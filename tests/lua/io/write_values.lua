-- write takes strings and numbers (as %.14g) and returns true, not the file.
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
print(f:write("a", 1, " ", 2.5, " ", 1e100, " ", -0.0, " ", 0.1, " ", 1/0, " ", -1/0, " ", 2^53, "\n"))
print(f:write())
print(f:write("", ""))
print(select("#", f:write("x")))
f:close()
io.write(contents())
print(pcall(function() local f = assert(io.open(name, "w")) return f:write("a"):write("b") end))
os.remove(name)
