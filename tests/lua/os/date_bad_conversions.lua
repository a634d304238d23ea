local t = 0
print(os.date("!%Q|%q|%+|%E|%O|%5Q|%-5Q|%05Q|%^q|%E%|%5E%|%-%", t))
print(os.date("!abc%", t), os.date("!%5", t), os.date("!x%E5Y", t))
print(os.date("!%#Eb|%^Eh|%10i", t))
