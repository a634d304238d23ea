-- Argument errors of io.open.
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
print(pcall(function() local f = io.open() return f end))
print(pcall(function() local f = io.open(name, {}) return f end))
print(pcall(function() local f = io.open({}) return f end))
print(pcall(io.open))
os.remove(name)
