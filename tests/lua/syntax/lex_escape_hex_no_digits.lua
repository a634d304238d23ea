-- '\x' with no digits
local s = "\xzz"
