-- %f[set] matches where the previous byte is outside set and the next inside
print(string.gsub("THE (quick) fox", "%f[%a]%a+", "W"))
print(string.find("hello world", "%f[%w]%w+", 2))
print(string.gsub("the cat catalog cat", "%f[%w]cat%f[%W]", "DOG"))
print(string.find("abc", "%f[%a]"), string.find("abc", "%f[%A]"))
print(string.find("", "%f[%z]"), string.find("x", "%f[%z]"))
print(string.gsub("aaa bbb", "%f[^%s]", "|"))
print(string.gsub("1a22b333", "%f[%d]%d+", "#"))
local words = {}
for w in string.gmatch("one two  three", "%f[%S]%S+") do words[#words + 1] = w end
print(table.concat(words, ","))
print(string.find("ab\0cd", "%f[%z]"), string.find("a\0b", "%f[^%z]", 2))
