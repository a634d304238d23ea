print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%c", 0))
print(os.date("!%x %X %p %Z %z", 1e9))
print(os.date("!%a %A %b %B %h", 1234567890))
