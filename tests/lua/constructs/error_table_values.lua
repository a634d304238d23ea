-- error with a table value passes the table through unchanged
local errobj = {code = 404, msg = "not found"}
local ok, e = pcall(function() error(errobj) end)
print(ok, e == errobj, e.code, e.msg)
local ok2, e2 = pcall(error, {code = 1})
print(ok2, type(e2), e2.code)
local E = setmetatable({}, {__tostring = function() return "custom error object" end})
local ok3, e3 = pcall(function() error(E, 2) end)
print(ok3, tostring(e3), e3 == E)
local function thrower(kind)
  if kind == "table" then error({kind = kind}) end
  if kind == "string" then error("str:" .. kind, 0) end
  return "no error"
end
for _, k in ipairs({"table", "string", "none"}) do
  local ok4, r = pcall(thrower, k)
  print(k, ok4, type(r) == "table" and r.kind or r)
end
