-- A local date table converts back to the same time, whatever the zone.
for _, t in ipairs{0, 1e9, 1234567890, 1700000000, 2^31} do
  local d = os.date("*t", t)
  print(os.time(d) == t, d.isdst == false or d.isdst == true)
end
