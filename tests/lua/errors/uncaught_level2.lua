-- uncaught error blaming the caller via level 2
local function check(n)
  if type(n) ~= "number" then
    error("expected number, got " .. type(n), 2)
  end
  return n
end
print(check(5))
print(check("five"))
