-- '\u{4g}' has a non-hex digit
local s = "\u{4g}"
