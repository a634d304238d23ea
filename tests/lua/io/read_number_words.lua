-- read('n') reads nan, inf and infinity in any case; a broken word is consumed.
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
local cases = {"inf", "nan", "nano", "infinity!", "-inf", "INF", "nAn(12)x", "infx",
  "infinit", "na", "nx", "ix", "infinixy", "-nan", "+inf", "-infinity", "Infinity",
  "nan(", "i", "n", "-i", "+n", "in", "inF5"}
for _, c in ipairs(cases) do
  put(c)
  local f = assert(io.open(name))
  local n = f:read("n")
  local rest = f:read("*a")
  f:close()
  print(string.format("%q", c), n, string.format("%q", rest))
end
os.remove(name)
