-- long strings containing closing brackets of other levels
local s1 = [=[contains ]] inside]=]
print(s1)
local s2 = [==[has ]=] and ]] too]==]
print(s2)
-- LuaJIT accepts "[[" inside a level-0 long string (plain text)
local s3 = [[a [[ open bracket is just text]]
print(s3)
local s4 = [===[
]]]==]]=]]===]
print(s4, #s4)
local s5 = [=[
line a
line b
]=]
print(#s5, string.byte(s5, 7), s5:sub(8, 13))
