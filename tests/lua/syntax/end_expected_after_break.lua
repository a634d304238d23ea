-- 'break' must be the last statement in a block (Lua 5.1 rule)
for i = 1, 2 do
  break
  print(i)
end
