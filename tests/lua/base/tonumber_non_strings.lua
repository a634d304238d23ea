-- tonumber on non-string values
print(tonumber(5), tonumber(-2.5), tonumber(0))
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(pcall(tonumber))
print(tonumber("10") + 1, tonumber(tostring(3.25)))
print(tonumber(1e300 * 1e10), tonumber(-1 / 0))
