local base = os.time{year = 2000, month = 1, day = 1, hour = 0}
print(os.time{year = 2000, month = 13, day = 1, hour = 0} - base)
print(os.time{year = 2000, month = 1, day = 32, hour = 0} - base)
print(os.time{year = 2000, month = 1, day = 1, hour = 0, min = -1} - base)
print(os.time{year = 2000, month = 0, day = 0, hour = 0} - base)
local t = {year = 2000, month = 14, day = 35, hour = 25, min = 61, sec = -5}
os.time(t)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.isdst, t.yday)
