-- io.open failures: nil, 'name: strerror', errno; glibc's reading of the mode.
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
os.remove(name)
local f, msg, code = io.open(name)
print(f, hide(msg), code)
print(select("#", io.open(name, "r")))
for _, mode in ipairs{"z", "", "+r", "br", "R"} do
  local f, msg, code = io.open(name, mode)
  print(mode, f, hide(msg), code)
end
print(io.open("/nonexistent/dir/file", "w"))
put("data")
for _, mode in ipairs{"rw", "r,w", "rzzzzzz+", "rbe", "r+x"} do
  local f = io.open(name, mode)
  print(mode, io.type(f), f:read("*a"))
  f:close()
end
local f, msg, code = io.open(name, "wx")
print(f, hide(msg), code)
print(contents())
os.remove(name)
