-- function closed with 'until'
local f = function()
  return 1
until
