-- invalid escape in a single-quoted string
local s = 'x\ y'
