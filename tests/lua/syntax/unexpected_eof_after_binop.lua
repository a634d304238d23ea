-- expression ends after a binary operator at EOF
local a = 1 +