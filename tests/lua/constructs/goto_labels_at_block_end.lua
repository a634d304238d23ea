-- labels at the end of blocks, and label visibility per block
local function f(x)
  do
    if x > 0 then goto finish end
    print("non-positive", x)
    ::finish::
  end
  print("done", x)
end
f(1); f(-1)
for i = 1, 2 do
  do goto e end
  ::e::
end
do
  ::same::
end
do
  ::same::
end
local n = 0
::a:: n = n + 1
if n < 3 then goto a end
print("n", n)
while true do goto out end
::out::
print("left while")
