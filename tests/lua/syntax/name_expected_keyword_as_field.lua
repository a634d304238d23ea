-- a keyword cannot follow '.'
local t = {}
t.end = 1
