-- metamethod taken from the left operand first, then the right
local A = setmetatable({}, {__add = function(a, b) return "A's add" end})
local B = setmetatable({}, {__add = function(a, b) return "B's add" end})
local plain = {}
print(A + B, B + A)
print(A + plain, plain + A)
print(B + 1, 1 + B)
print(pcall(function() return plain + plain end))
local N = setmetatable({}, {__sub = function(a, b) return "sub" end})
print(pcall(function() return N + 1 end))
print(N - N, 5 - N, N - 5)
