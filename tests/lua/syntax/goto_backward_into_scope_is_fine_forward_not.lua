-- backward goto is fine, but the forward one in the same block enters a local's scope
do
  ::top::
  local n = 0
  goto bottom
  local m = 1
  ::bottom::
  if n > 0 then goto top end
end
