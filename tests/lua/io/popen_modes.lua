-- io.popen modes as glibc reads them: one of r and w, plus e; else EINVAL.
local name, hide, put, contents = dofile((arg[0]:match("^.*/") or "") .. "support/tmpfile.lua")
for _, mode in ipairs{"rb", "x", "rw", "", "wr", "R", "r+"} do
  print(mode, io.popen("true", mode))
end
for _, mode in ipairs{"re", "rr", "er"} do
  local p = io.popen("echo ok", mode)
  print(mode, p:read("*l"), p:close())
end
print(pcall(function() local p = io.popen() return p end))
print(pcall(function() local p = io.popen("true", {}) return p end))
os.remove(name)
