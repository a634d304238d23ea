-- '[===' at EOF
local s = [===