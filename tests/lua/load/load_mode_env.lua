-- Modes, environments, argument forms and binary chunks.
print(load("return 1", "m", "t") ~= nil)
print(load("return 1", "m", "b"))
print(load("return 1", "m", "bt") ~= nil)
print(load("\27LJ\2", "m", "t"))
print(load("\27LJ\2", "=m", "b"))
print(loadstring("\27LJ"))
print(loadstring("\27Lua", "@bin.luac"))
print(loadstring("\27", "some name"))
print(loadstring("#!shebang\n\27LJ", "=shebang"))
print(loadstring("#!shebang\r\n\27LJ", "=shebang"))
print(loadstring("#!shebang\n\n\27LJ", "=shebang"))
print(loadstring("\239\187\191\27LJ", "=bom"))
print(loadstring("\239\187\191#x\n\27LJ", "=bom", "t"))
print(loadstring("#!only a header line", "=m")())
print(loadstring("#!shebang\nreturn 'text after #'")())

-- The environment argument, and the default (the globals).
local env = { y = 5 }
local f = load("y = y + 1; return y, z", "env", nil, env)
print(f())
print(env.y, y)
print(getfenv(loadstring("return 1")) == _G)
print(getfenv(load("return 1", "x", "t", env)) == env)
print(getfenv(load("return 1", "x", "t", 42)) == _G)

-- Numbers are accepted where strings are.
print(load(42))
print(loadstring("return ...", 7)(1, 2))

-- Bad arguments.
print(pcall(load))
print(pcall(loadstring, nil))
print(pcall(load, {}))
print(pcall(load, "return 1", {}))
print(select("#", loadstring("x =")))
