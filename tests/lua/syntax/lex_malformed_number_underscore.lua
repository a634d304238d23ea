-- digit separators are not supported
local n = 1_000
