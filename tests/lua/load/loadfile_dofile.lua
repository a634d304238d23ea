-- loadfile and dofile on files beside this script (given relative to the
-- script's directory, taken from arg[0], so the output does not depend on
-- where the script runs).
local dir = ""
for i = #arg[0], 1, -1 do
  if arg[0]:sub(i, i) == "/" then
    dir = arg[0]:sub(1, i)
    break
  end
end

-- Drops everything before the file name in a message.
local function from(name, message)
  for i = 1, #message - #name + 1 do
    if message:sub(i, i + #name - 1) == name then
      return message:sub(i)
    end
  end
  return message
end

local f = loadfile(dir .. "chunk_returns.txt")
print(type(f))
print(f(10, 20))
print(dofile(dir .. "chunk_returns.txt"))
print(select("#", dofile(dir .. "chunk_returns.txt")))

local g, err = loadfile(dir .. "chunk_bad_syntax.txt")
print(g, from("chunk_bad_syntax.txt", err))
local ok, msg = pcall(dofile, dir .. "chunk_bad_syntax.txt")
print(ok, from("chunk_bad_syntax.txt", msg))

ok, msg = pcall(dofile, dir .. "chunk_raises.txt")
print(ok, from("chunk_raises.txt", msg))
ok, msg = pcall(loadfile(dir .. "chunk_raises.txt"))
print(ok, from("chunk_raises.txt", msg))

-- Environments of loaded files.
local env = { tag = "env" }
local h = loadfile(dir .. "chunk_global.txt", "t", env)
print(h())
print(env.seen, seen)
print(loadfile(dir .. "chunk_global.txt", "b"))
print(dofile(dir .. "chunk_global.txt"), seen)

-- Missing files.
print(loadfile("no_such_file.lua"))
print(pcall(dofile, "no_such_file.lua"))
print(pcall(loadfile, {}))
