-- runtime error messages for indexing nil values
local function index_local() local t = nil; return t.x end
local function index_field() local cfg = {}; return cfg.x.y end
local function index_global() return missing_global_tbl.k end
local function index_upvalue()
  local up
  return (function() return up.k end)()
end
local function index_method_result() local s = {}; return s.a.b.c end
local function index_call_result() local function f() end; return f().x end
local function set_on_nil() local t; t.x = 1 end
print(pcall(index_local))
print(pcall(index_field))
print(pcall(index_global))
print(pcall(index_upvalue))
print(pcall(index_method_result))
print(pcall(index_call_result))
print(pcall(set_on_nil))
print(pcall(function() local n = 5; return n.field end))
print(pcall(function() local b = true; return b[1] end))
