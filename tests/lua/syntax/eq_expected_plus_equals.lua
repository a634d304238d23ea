-- compound assignment '+=' does not exist
local n = 0
n += 1
