-- an anchored gsub replaces at most once
print(string.gsub("aaa", "^a", "b"))
print(string.gsub("aaa", "^a*", "b"))
print(string.gsub("xaa", "^a", "b"))
print(string.gsub("hello world", "^%s*", ""))
print(string.gsub("  trim  ", "^%s+", ""))
print(string.gsub("aaa", "^", "-"))
print(string.gsub("", "^", "-"))
print(string.gsub("abc", "^(%w)", "%1%1"))
