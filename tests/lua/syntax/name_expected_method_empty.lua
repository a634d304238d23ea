-- 'function a:()' without a method name
function a:() end
