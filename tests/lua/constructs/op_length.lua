-- the # operator on strings and sequences
print(#"", #"a", #"hello world", #"\0\0\0")
local t = {}
print(#t)
t[1] = "x"; t[2] = "y"; t[3] = "z"
print(#t)
t[#t + 1] = "w"
print(#t, t[#t])
t[#t] = nil
print(#t)
print(#{1, 2, 3, 4, 5}, #{n = 1}, #{"a", "b", k = "v"})
local s = "abc"
print(#s .. #s, #s * 2, -#s)
print(#{{}, {}, {}}, #("x"):rep(100))
local nested = {{1, 2}, {3, 4, 5}}
print(#nested[2], #nested)
