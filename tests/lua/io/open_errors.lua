-- io.open failures: nil, 'name: strerror', errno; glibc's reading of the mode.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
os.remove(name)
local f, msg, code = io.open(name)
print(f, hide(msg), code)
print(select("#", io.open(name, "r")))
for _, mode in ipairs{"z", "", "+r", "br", "R"} do
  local f, msg, code = io.open(name, mode)
  print(mode, f, hide(msg), code)
end
print(io.open("/nonexistent/dir/file", "w"))
put("data")
for _, mode in ipairs{"rw", "r,w", "rzzzzzz+", "rbe", "r+x"} do
  local f = io.open(name, mode)
  print(mode, io.type(f), f:read("*a"))
  f:close()
end
local f, msg, code = io.open(name, "wx")
print(f, hide(msg), code)
print(contents())
os.remove(name)
