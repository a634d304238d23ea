-- single-quoted string runs into EOF
local s = 'abc def