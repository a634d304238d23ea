-- function t.a.b.c:m() declarations and self
local t = {a = {b = {c = {name = "deep"}}}}
function t.a.b.c:m(suffix) return self.name .. suffix end
function t.a.b.c.f(x) return x * 2 end
print(t.a.b.c:m("!"), t.a.b.c.m(t.a.b.c, "?"), t.a.b.c.f(21))
local obj = {n = 0}
function obj:inc(by) self.n = self.n + (by or 1); return self end
obj:inc():inc(5):inc()
print(obj.n)
function obj.static(a, b) if type(a) == "table" then return nil end return a .. b end
print(obj.static("x", "y"), obj:static("z") == nil, type(obj.static))
local other = {n = 100, inc = obj.inc}
other:inc(1)
print(other.n, obj.n)
