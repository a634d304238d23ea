-- A lines iterator keeps at most 59 formats.
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
local formats = {}
for i = 1, 59 do formats[i] = 1 end
print(pcall(function() local it = io.lines(name, unpack(formats)) return type(it) end))
formats[60] = 1
print(pcall(function() local it = io.lines(name, unpack(formats)) return type(it) end))
local f = assert(io.open(name))
print(pcall(function() local it = f:lines(unpack(formats)) return type(it) end))
formats[60] = nil
print(pcall(function() local it = f:lines(unpack(formats)) return type(it) end))
f:close()
os.remove(name)
