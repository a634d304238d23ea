-- io.lines on a missing file raises an argument error (uncaught here).
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
print(pcall(io.lines, "/nonexistent/file"))
print(pcall(function() local it = io.lines({}) return it end))
os.remove(name)
for line in io.lines("/nonexistent/file") do print(line) end
os.remove(name)
