-- read('n') reads nan, inf and infinity in any case; a broken word is consumed.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
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
