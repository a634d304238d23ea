-- yield from arithmetic metamethods; the expression continues after resume
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
local function val(v) return type(v) == "table" and v.x or v end
for _, op in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm"}) do
  mt[op] = function(a, b)
    local scale = coroutine.yield(op)
    if op == "__add" then return V((val(a) + val(b)) * scale)
    elseif op == "__sub" then return V((val(a) - val(b)) * scale)
    elseif op == "__mul" then return V(val(a) * val(b) * scale)
    elseif op == "__div" then return V(val(a) / val(b) * scale)
    elseif op == "__mod" then return V(val(a) % val(b) * scale)
    elseif op == "__pow" then return V(val(a) ^ val(b) * scale)
    else return V(-val(a) * scale) end
  end
end
local co = coroutine.create(function()
  local r = -(((V(2) + 3) * V(4) - 1) / 2 % 7) ^ 2
  return r.x
end)
local ok, v = coroutine.resume(co)
local ops = {}
while coroutine.status(co) == "suspended" do
  ops[#ops + 1] = v
  ok, v = coroutine.resume(co, 1)
end
print(table.concat(ops, " "))
print(ok, v)
