-- '\u{110000}' is beyond the Unicode range
local s = "\u{110000}"
