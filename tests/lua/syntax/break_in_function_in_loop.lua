-- a loop outside the function does not count
while true do
  local f = function()
    break
  end
end
