-- '\z' skips the following whitespace including newlines, then EOF
local s = "abc\z

   