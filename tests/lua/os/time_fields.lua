local base = os.time{year = 2000, month = 1, day = 1, hour = 0}
print(os.time{year = "2000", month = "1", day = "1.9", hour = "0x10"} - base)
print(os.time{year = 2000, month = 1, day = 1, hour = 1.9} - base, os.time{year = 2000, month = 1, day = 1, hour = -1.9} - base)
print(os.time{year = 2000, month = 1, day = 1, hour = 0/0} - base)
print(os.time{year = 2000, month = 1, day = 1, hour = 0, sec = 2^32 + 5} - base)
