-- the near text of a string token contains the decoded newline
local a = 1 "x\ny"
