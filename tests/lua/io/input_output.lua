-- io.input and io.output by name or handle set the files io.read and io.write use.
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
print(io.input() == io.stdin, io.output() == io.stdout)
local f = io.output(name)
print(io.type(f), f == io.output(), f ~= io.stdout)
print(io.write("line one\n", 2, "\n"))
print(io.close())
print(io.type(f))
print(io.output(io.stdout) == io.stdout)
local g = io.input(name)
print(io.type(g), g == io.input())
print(io.read())
print(io.read("*n"))
print(io.read("*a"))
print(io.read())
io.close(g)
io.input(io.stdin)
local h = assert(io.open(name))
print(io.input(h) == h, io.read("*l"))
h:close()
io.input(io.stdin)
print(io.input(42 and io.stdin) == io.stdin)
os.remove(name)
