-- long strings of levels 0-3; first newline is skipped
local a = [[
first]]
local b = [=[
level1]=]
local c = [==[
level2]==]
local d = [===[
level3]===]
print(a, b, c, d)
print(#a, #b, #c, #d)
local e = [[no newline skip]]
print(e)
local f = [[

two newlines]]
print(#f, string.byte(f, 1))
local g = [[escapes \n \t are raw]]
print(g, #g)
