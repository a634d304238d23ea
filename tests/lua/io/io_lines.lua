-- io.lines(name) closes the file at its end, unless formats were given (LuaJIT 2.1).
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
put("a\nb\n")
for line in io.lines(name) do print(line) end
local it = io.lines(name)
print(it(), it())
print(select("#", it()))
print(pcall(it))
it = io.lines(name, "*l")
print(it(), it(), it(), it())
print(pcall(it))
for a, b in io.lines(name, 1, "*L") do io.write(a, "|", b) end
print(pcall(function() local it = io.lines(name, "*x") local v = it() return v end))
os.remove(name)
