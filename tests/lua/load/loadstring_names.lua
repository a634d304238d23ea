-- Chunk names of loadstring/load with source strings, as messages show them.
print(loadstring("x ="))
print(loadstring("x =", "named"))
print(loadstring("x =", "=plain"))
print(loadstring("x =", "@file.lua"))
print(loadstring("local a = 1\nlocal b = 2\nx ="))
print(loadstring(string.rep("y", 70) .. " ="))
print(loadstring(string.rep("z", 40) .. " ="))
print(load("return +", 12))
print(load("\n\n  return return"))

-- Runtime errors inside loaded chunks carry the chunk name too.
print(pcall(loadstring("error('boom')")))
print(pcall(loadstring("error('boom')", "=custom")))
print(pcall(loadstring("local t = nil\nreturn t.x", "@virtual.lua")))
print(pcall(loadstring("return 1 + {}", "chunk text")))

-- The chunk receives its arguments as varargs and returns its results.
local f = loadstring("local a, b = ... return a * b, select('#', ...)")
print(f(6, 7))
print(f(2, 3, 4))
print(loadstring("return")())
print(select("#", loadstring("return nil, nil")()))
