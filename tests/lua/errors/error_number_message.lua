-- numeric messages: a number given to error gets no position; level 1 strings do
local ok, e = pcall(function() error(404) end)
print(ok, e, type(e))
ok, e = pcall(function() error("404") end)
print(ok, e, type(e))
ok, e = pcall(function() error(404, 2) end)
print(ok, e, type(e))
ok, e = pcall(function() local x = nil; return x + 1 end)
print(ok, type(e))
