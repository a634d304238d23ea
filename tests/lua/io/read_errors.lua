-- Invalid read formats and options, worded as LuaJIT words them.
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
put("x")
local f = assert(io.open(name))
print(pcall(function() local v = f:read("*x") return v end))
print(pcall(function() local v = f:read("") return v end))
print(pcall(function() local v = f:read({}) return v end))
print(pcall(function() local v = f:read("*l", true) return v end))
print(pcall(function() local v = f:read(nil) return v end))
print(pcall(f.read, f, "*x"))
print(pcall(function() local v = f.read(42) return v end))
print(pcall(function() local v = f.read() return v end))
print(pcall(function() local v = io.read("*x") return v end))
print(pcall(function() local v = io.read({}) return v end))
f:close()
os.remove(name)
