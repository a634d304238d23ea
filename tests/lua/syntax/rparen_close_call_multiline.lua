-- unclosed call over several lines
print(1,
  2,
  3
