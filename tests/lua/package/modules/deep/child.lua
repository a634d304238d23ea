return "child of " .. (...)
