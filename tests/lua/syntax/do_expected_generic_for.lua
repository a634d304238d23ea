-- generic 'for' without 'do'
local t = {}
for k in pairs(t)
  print(k)
end
