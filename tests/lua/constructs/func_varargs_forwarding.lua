-- forwarding varargs through several functions, with nils
local function inner(...) return select("#", ...), ... end
local function middle(...) return inner(...) end
local function outer(...) return middle("pre", ...) end
print(outer())
print(outer(nil))
print(outer(1, nil, nil))
local function tail_nil(...) return ... end
print(select("#", tail_nil(nil, nil, nil)))
local function apply(f, ...) return f(...) end
print(apply(math.max, 3, 9, 2), apply(string.rep, "ab", 2))
local function bind(f, a) return function(...) return f(a, ...) end end
local rep = bind(string.rep, "-")
print(rep(5))
print(apply(unpack, {1, 2, 3}))
print(unpack({1, 2, 3}, 2), unpack({1, 2, 3}, 2, 3), select("#", unpack({}, 1, 3)))
