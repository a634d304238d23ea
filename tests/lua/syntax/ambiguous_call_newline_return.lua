-- ambiguous call in a return list
return f
  (x)
