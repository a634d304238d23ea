-- string.byte with default and explicit single positions
local s = "Lunaris"
print(string.byte(s))
print(string.byte(s, 1), string.byte(s, 2), string.byte(s, 7))
print(s:byte(), s:byte(3))
print(string.byte("\0"), string.byte("\255"), string.byte("\127\128"))
print(string.byte("A", 1, 1))
print(select("#", string.byte("abc")))
print(select("#", string.byte("abc", 2)))
print(string.byte(123))
print(string.byte(3.5, 2))
print(string.byte("abc", "2"))
print(string.byte("abc", 2.9))
print(string.byte("abc", 1.1, 2.9))
