-- A Lua 5.1 style module.
module("old_style", package.seeall)
function twice(x) return 2 * x end
version = "1.0"
