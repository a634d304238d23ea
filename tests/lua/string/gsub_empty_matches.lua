-- patterns that can match the empty string
print(string.gsub("abc", "x*", "-"))
print(string.gsub("abc", "b*", "-"))
print(string.gsub("", "x*", "-"))
print(string.gsub("abc", ".-", "-"))
print(string.gsub("a,b,,c", ",*", "|"))
print(string.gsub("hello world", "%s*", "_"))
print(string.gsub("abc", "()", function(p) return p end))
print(string.gsub("aaa", "a-", "x"))
