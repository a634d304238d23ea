-- With the default search paths, the message lists every file tried.
local ok, err = pcall(require, "no_such_module_anywhere")
print(ok)
print(err)
