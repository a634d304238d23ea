local t = 1e9
print(os.date("!%-d|%_d|%0e|%^a|%#a|%#A|%^B|%#p|%#Z|%^P", t))
print(os.date("!%10Y|%-10Y|%_10Y|%010d|%3a|%-3a|%_5p|%05p|%^c", t))
print(os.date("!%_5s|%05s|%-s|%10z|%_3j|%-j", 5))
