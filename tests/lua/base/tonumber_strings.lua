-- tonumber on decimal, hex, exponent and malformed strings
local inputs = {"10", "  10  ", "\t7\n", "0x1A", "0X1a", "-0x10", "1e3", "1E-2",
  ".5", "5.", "0.1e1", "1e", "e1", "abc", "", " ", "1 2", "0x", "12a", "+5", "- 5",
  "inf", "nan", "1e400", "0x7fffffff", "00012"}
for i = 1, #inputs do
  local v = tonumber(inputs[i])
  print(string.format("%q", inputs[i]), v, type(v))
end
