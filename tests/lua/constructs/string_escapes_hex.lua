-- \xXX hexadecimal escapes
local s = "\x41\x42\x43"
print(s, #s)
print(string.byte("\x00\x7f\x80\xff\xAb", 1, -1))
print("\x48\x65\x6c\x6c\x6f")
print("\x7A\x7a" == "zz")
print(#"\x000", string.byte("\x000", 1, -1))
