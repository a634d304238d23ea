-- tostring uses %.14g; %.17g shows every digit of a double
local v = {0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7, 1e15, 1e16, 123456789012345, 1234567890123456, 2 ^ 53, 2 ^ 63, 1e-5, 1e-300, 5e-324, 1.7976931348623157e308}
for _, x in ipairs(v) do
  print(x, tostring(x), string.format("%.14g", x), string.format("%.17g", x))
end
print(0.1 + 0.2 == 0.3, tostring(0.1 + 0.2) == tostring(0.3))
print(-0.0, 0.0, 1 / 0, -1 / 0, tostring(0 / 0) == tostring(0 / 0))
