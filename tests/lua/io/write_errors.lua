-- write errors: bad values raise, failed writes return nil, message, errno.
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
print(pcall(function() local r = f:write({}) return r end))
print(pcall(function() local r = f:write("ok", nil) return r end))
print(pcall(function() local r = f:write("ok", true) return r end))
print(pcall(f.write, f, "x", {}))
print(pcall(function() local r = f.write("x") return r end))
f:close()
print(contents())
put("keep")
f = assert(io.open(name, "r"))
print(f:write("x"))
print(f:write("x", "y"))
print(pcall(function() local r = f:write("x", {}) return r end))
f:close()
print(contents())
print(pcall(function() local r = io.write(1, nil) return r end))
print(pcall(function() local r = io.write({}) return r end))
os.remove(name)
