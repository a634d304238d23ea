-- block scopes with do ... end
local x = 1
do
  local x = 2
  print("inner", x)
  do
    local x = x + 10
    print("innermost", x)
  end
  print("inner again", x)
end
print("outer", x)
do local y = 5; x = x + y end
print(x, y)
local a = 1
local a = a + 1
local a = a * 10
print(a)
