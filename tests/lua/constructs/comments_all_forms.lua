#!/usr/bin/env luajit  first line starting with # is skipped
-- line comment
print("a") -- trailing line comment
--[[ long
comment ]] print("b")
--[=[ level 1 comment with ]] inside ]=] print("c")
--[==[
multi-line level 2
]=] still comment
]==]
print("d")
--[===[ level 3 ]===] print("e")
---[[ this is a line comment, so the next line runs
print("f")
--]]
-- [[ also just a line comment
print("g")
--[[]] print("h")
local x = 1 --[[ inline ]] + 2
print(x)
