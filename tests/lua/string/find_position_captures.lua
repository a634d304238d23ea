-- () captures the current position as a number
print(string.find("hello", "()ll()"))
print(string.match("hello", "()"), string.match("hello", "()", 3), string.match("hello", "()$"))
print(string.match("abc", "a()b()c()"))
print(type(string.match("abc", "()b")))
print(string.gsub("abc", "()", "%1"))
for pos, ch in string.gmatch("xyz", "()(.)") do print(pos, ch) end
print(string.find("", "()"))
print(string.match("aXb", "(()X())"))
print(string.gsub("hello world", "()o", function(p) return "<" .. p .. ">" end))
