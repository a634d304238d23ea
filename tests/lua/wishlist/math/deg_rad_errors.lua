-- LuaJIT 2.1 implements deg and rad as built-in bytecode, so a bad argument
-- fails like arithmetic inside a function named [builtin:...]
print(pcall(math.deg))
print(pcall(math.rad, {}))
print(pcall(math.deg, "x"))
print(pcall(function() local r = math.rad(nil) return r end))
