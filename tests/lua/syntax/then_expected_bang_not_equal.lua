-- '!=' is not Lua
if a != b then end
