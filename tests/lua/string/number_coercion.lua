-- string functions accept numbers and convert them with %.14g
print(string.len(100), string.len(0.1), string.len(1 / 3), string.len(-0.0))
print(string.upper(1e300), string.sub(3.14159, 1, 4), string.rep(7, 3))
print(string.find(12345, 34), string.find(12345, "3", 2), string.match(2 ^ 53, "%d+"))
print(string.gsub(1000000, "0", "o"), string.byte(9))
print(string.format("%s", 2 ^ 63), string.format("%s", 1e15), string.format("%s", 1e16))
print(string.reverse(-12), string.lower(0x7fffffff), string.format(12.5))
print(("x"):rep(2) .. 3, 1 .. 2, 1.5 .. "", -0.0 .. "", 2 ^ 100 .. "")
print(string.char(string.byte(55)), tostring(1e15), tostring(123456789012))
