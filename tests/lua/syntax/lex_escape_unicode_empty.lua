-- '\u{}' has no digits
local s = "\u{}"
