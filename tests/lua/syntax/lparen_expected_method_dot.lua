-- 'function a:b.c()': nothing may follow the method name
function a:b.c() end
