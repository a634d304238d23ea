-- uncaught error without position info (level 0)
local function f()
  error("plain message", 0)
end
print("go")
f()
