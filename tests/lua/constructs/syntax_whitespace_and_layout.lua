-- unusual but valid layout: statements split across lines, no spaces
local a=1 local b=2 print(a+b)
local t={1,2,3}print(#t)
local
x
=
10
print(
  x
  +
  1
)
local s = "a".."b".."c"
print(s)
if a<b then print"a<b"end
for i=1,2 do print(i)end
local f=function(...)return...end print(f(7,8))
print(t[1]+t[2]*t[3])
