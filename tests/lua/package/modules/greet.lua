-- A module that returns a table.
local M = {}
function M.hello(name) return "hello, " .. name end
M.loaded_as = ...
return M
