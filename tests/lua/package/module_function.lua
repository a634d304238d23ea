-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
require("old_style")
print(old_style.twice(21), old_style.version, old_style._NAME, old_style._PACKAGE, old_style._M == old_style)
require("nested_mod")
print(a.b.nested.f(), a.b.nested._NAME, a.b.nested._PACKAGE)
