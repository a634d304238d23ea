module("a.b.nested")
function f() return "nested f" end
