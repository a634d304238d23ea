-- io.input and io.output errors: missing files, closed files, non-files.
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
print(pcall(function() local f = io.input("/nonexistent/file") return f end))
print(pcall(function() local f = io.output("/nonexistent/dir/file") return f end))
print(pcall(function() local f = io.input({}) return f end))
print(pcall(function() local f = io.input(newproxy()) return f end))
local f = assert(io.open(name))
f:close()
print(pcall(function() local r = io.input(f) return r end))
print(pcall(function() local r = io.output(f) return r end))
print(io.input() == io.stdin, io.output() == io.stdout)
print(io.input(nil) == io.stdin)
os.remove(name)
