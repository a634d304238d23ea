# any first line starting with '#' is skipped
x = = 1
