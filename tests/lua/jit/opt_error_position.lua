jit.opt.start("nonsense")
