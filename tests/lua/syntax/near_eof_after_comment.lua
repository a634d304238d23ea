-- EOF after a trailing comment: the error line is the last line
local x =
-- nothing here