-- varargs captured via tables (a closure cannot use ... directly)
local function bind(f, ...)
  local args = {n = select("#", ...), ...}
  return function(...)
    local all = {}
    for i = 1, args.n do all[i] = args[i] end
    local extra = select("#", ...)
    for i = 1, extra do all[args.n + i] = (select(i, ...)) end
    return f(unpack(all, 1, args.n + extra))
  end
end
local function show(...) return select("#", ...), table.concat({...}, ",") end
local b = bind(show, 1, 2)
print(b(3, 4))
print(b())
local withNil = bind(function(...) return select("#", ...) end, nil, nil)
print(withNil(), withNil(nil))
