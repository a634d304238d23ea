-- method calls on string literals and values
print(("%d"):format(5))
print(("ab"):rep(3))
print(("hello"):sub(2, 4), ("hello"):sub(-3))
print(("A"):byte(), ("xyz"):byte(-1))
local s = "lunaris"
print(s:sub(1, 4):rep(2))
print(#s:rep(10), #s)
print(("%s=%x"):format("v", 255))
print(("x"):rep(0) == "", ("abc"):sub(0), ("abc"):sub(5) == "")
