-- indexing a nil field names the field
local t = {inner = {}}
print(pcall(function() return t.nothere.x end))
print(pcall(function() return t.inner.deep.x end))
print(pcall(function() t.inner.deep.x = 1 end))
print(pcall(function() return t["with space"].x end))
local cfg = {a = {b = {c = 1}}}
print(pcall(function() return cfg.a.b.c.d end))
print(pcall(function() return cfg.a.x.c end))
