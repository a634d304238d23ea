print(type(jit.version), jit.version_num, jit.os, jit.arch, type(jit.opt), type(jit.opt.start))
print(select("#", jit.on()), select("#", jit.off()), select("#", jit.flush()))
print(select("#", jit.on(function() end)), select("#", jit.off(function() end, true)), select("#", jit.flush(3)))
