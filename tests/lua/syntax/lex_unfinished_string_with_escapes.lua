-- decoded escapes appear in the 'near' text
local s = "a\tb\65\x42
