-- '\u{48' is not closed
local s = "\u{48"
