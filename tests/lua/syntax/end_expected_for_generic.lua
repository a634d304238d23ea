-- unclosed generic 'for', error at 'until'
for k, v in pairs(t) do
  print(k, v)
until false
