-- unclosed function
function f()
  return 1
