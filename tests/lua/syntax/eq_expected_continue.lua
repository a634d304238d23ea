-- 'continue' is an ordinary name in Lua
for i = 1, 3 do
  continue
end
