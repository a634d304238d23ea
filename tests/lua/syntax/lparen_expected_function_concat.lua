-- 'function a..b()'
function a..b() end
