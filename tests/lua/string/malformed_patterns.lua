-- error messages for malformed patterns
local patterns = {"%", "a%", "[a", "[", "[^", "[a-", "[%", "[]", "[^]", "(", "(a", "a)", ")", "%1", "(a)%2", "(a%1)",
  "%b", "%ba", "%f", "%fa", "%f[a", "(()", "((a)", "%g", "[%g]", "*", "+a", "?", "-", "a**", "a++"}
for _, p in ipairs(patterns) do
  local ok, err = pcall(string.find, "a(b)c", p)
  print(string.format("%-8s", p), ok, err)
end
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.gmatch("abc", "(")))
print(pcall(string.match, "abc", "%"))
