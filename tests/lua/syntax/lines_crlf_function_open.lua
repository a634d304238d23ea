-- 'to close' line number with CRLF endings
local function f()
  return 1
