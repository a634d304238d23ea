-- number literals are not strings: method calls on numbers fail
print(pcall(function() local n = 5; return n:rep(2) end))
local n = 12
print(tostring(n):rep(2))
print(("12"):len(), (12 .. ""):len())
print(pcall(function() return ("abc").x.y end))
print(("abc")["len"]("four"))
