-- io.lines() iterates over the default input and leaves it open.
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
put("one\ntwo\n")
io.input(name)
for line in io.lines() do print(line) end
print(io.type(io.input()), io.read())
io.input():seek("set")
for a, b in io.lines(nil, 2, "*l") do print(a, b) end
io.close(io.input())
io.input(io.stdin)
os.remove(name)
