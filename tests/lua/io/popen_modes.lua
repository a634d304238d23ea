-- io.popen modes as glibc reads them: one of r and w, plus e; else EINVAL.
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
for _, mode in ipairs{"rb", "x", "rw", "", "wr", "R", "r+"} do
  print(mode, io.popen("true", mode))
end
for _, mode in ipairs{"re", "rr", "er"} do
  local p = io.popen("echo ok", mode)
  print(mode, p:read("*l"), p:close())
end
print(pcall(function() local p = io.popen() return p end))
print(pcall(function() local p = io.popen("true", {}) return p end))
os.remove(name)
