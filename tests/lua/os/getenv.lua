print(os.getenv("HOME") ~= nil, os.getenv("LUNARIS_NO_SUCH_VARIABLE_X"))
print(pcall(os.getenv))
print(os.getenv(1), type(os.getenv("PATH")))
print(pcall(os.getenv, {}))
