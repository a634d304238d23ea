-- '\x' needs exactly two hex digits
local s = "\x4"
