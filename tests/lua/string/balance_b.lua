-- %b matches balanced pairs
print(string.match("f(a(b)c)d", "%b()"))
print(string.match("x = {1, {2, 3}}, y", "%b{}"))
print(string.match("[[nested]] [x]", "%b[]"))
print(string.match("(unbalanced", "%b()"), string.match("no parens", "%b()"))
print(string.match("((a)", "%b()"), string.match("(a))", "%b()"))
print(string.gsub("a(b)c(d(e))f", "%b()", ""))
print(string.match('say "hi" now', '%b""'), string.match("<<a>>", "%b<>"))
print(string.match("xaybx", "%bab"), string.match("aab", "%baa"), string.match("aXa", "%baa"))
print(string.find("12(34)56", "%b()"))
for m in string.gmatch("(a)(b)((c))", "%b()") do print(m) end
