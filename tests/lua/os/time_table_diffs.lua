-- Differences between os.time results do not depend on the zone.
local function at(y, m, d, h) return os.time{year = y, month = m, day = d, hour = h or 12} end
print(at(2000, 1, 2) - at(2000, 1, 1), at(2000, 3, 1) - at(2000, 2, 28), at(1900, 3, 1) - at(1900, 2, 28))
print(at(2001, 1, 1) - at(2000, 1, 1), at(2024, 1, 1) - at(2023, 1, 1))
print(os.time{year = 2000, month = 1, day = 1} - os.time{year = 2000, month = 1, day = 1, hour = 0})
