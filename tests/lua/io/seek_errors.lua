-- seek's argument errors.
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
local f = assert(io.open(name))
print(pcall(function() local p = f:seek("bad") return p end))
print(pcall(function() local p = f:seek("set", "3") return p end))
print(pcall(function() local p = f:seek("set", {}) return p end))
print(pcall(function() local p = f:seek({}) return p end))
print(pcall(function() local p = f:seek("SET") return p end))
print(pcall(f.seek, f, "foo"))
f:close()
print(pcall(function() local p = f:seek() return p end))
os.remove(name)
