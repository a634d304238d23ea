-- the 'near' text contains the decoded escapes before the bad one
local s = "A\65\x41\n\q"
