-- The standard files: stdin refuses writes, stdout refuses reads and seeks.
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
print(io.stdin:write("x"))
print(io.stdout:seek())
print(io.stderr:read(1))
print(io.stdout:setvbuf("no"), io.stdout:flush(), io.flush())
print(io.stdout:lines() ~= nil)
os.remove(name)
