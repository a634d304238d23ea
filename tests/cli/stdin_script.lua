print("from stdin", ...)
