print(os.date("!%F %T %D %R %r %k %l %P %s", 1e9))
print(os.date("!%n|%t|%%", 0))
print(os.date("!%s", -1e9), os.date("!%s", 86400))
