for _, t in ipairs{0, 1e9, 951782400, 1104537600, 1230681600, 253402300799, -1} do
  print(os.date("!%d %e %H %I %j %m %M %S %U %w %W %y %Y %C %g %G %u %V", t))
end
