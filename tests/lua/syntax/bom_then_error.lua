-- a UTF-8 BOM at the start is skipped
local = 1
