-- multi-character operator tokens are shown as written: '<='
local x = <= 1
