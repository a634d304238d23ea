-- read('*n') scans as glibc's fscanf %lf: the longest prefix that may start a number.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
local cases = {"12abc", "  -3.5e2x", "0x1Fg", "1e", "1e+", "-", ".5", "0x", "1.2.3",
  "+.e1", "0x1p4z", "  \n 7", "abc", "", "1e5000", "0x.8", "00012", "1..", "1e-",
  "9007199254740993", "0X1P-1", "0x1p", "0x1p+", ".", "-.", "1.", "1e5.", "0xg",
  "1 2", "12\n", "1,5", "\t+4", "0x1.8p1", "-0", "0x.", "0x.p1", "-0x.", "- 5",
  "+-3", "1e+-3", "0x1e5", "0x1p+3e", "-0x", "+0x", "0x1e+5", "1E3", "0xABCDEFp-4",
  "123456789012345678901234567890", "1e-400", "4.9e-324", "0.1"}
for _, c in ipairs(cases) do
  put(c)
  local f = assert(io.open(name))
  local n = f:read("*n")
  local rest = f:read("*a")
  f:close()
  print(string.format("%q", c), n, string.format("%q", rest))
end
os.remove(name)
