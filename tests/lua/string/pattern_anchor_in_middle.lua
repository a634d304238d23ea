-- ^ is only special at the start of a pattern and $ only at its end
print(string.find("a^b", "a^b"), string.find("ab", "a^b"))
print(string.find("a$b", "a$b"), string.find("ab", "a$b"))
print(string.find("x$", "$$"), string.find("$", "^$$"))
print(string.match("^abc", "^^a"), string.match("abc", "^^a"))
print(string.gsub("$x$", "%$", "D"))
print(string.gsub("a^b^c", "^", "X"), string.gsub("a^b^c", "%^", "X"))
print(string.gsub("abc", "$", "!"), string.gsub("abc", "^", "!"))
print(string.gsub("abc", "^.", "X"), string.gsub("abc", ".$", "X"))
