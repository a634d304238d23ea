-- leading-dot number with a second dot
local n = .5.
