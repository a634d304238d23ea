-- '\u{D800}' is a surrogate code point
local s = "\u{D800}"
