-- unclosed index expression spanning lines
local v = t[i
  + 1
print(v)
