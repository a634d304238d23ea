-- a replacement of false or nil keeps the original match
print(string.gsub("abc", "%w", function() return nil end))
print(string.gsub("abc", "%w", function() return false end))
print(string.gsub("abc", "%w", function() end))
print(string.gsub("abc", "%w", function(c) if c == "b" then return "B" end end))
print(string.gsub("abc", "%w", {}))
print(string.gsub("abc", "%w", {b = false}))
print(string.gsub("abc", "(%w)", {a = nil, b = "2"}))
