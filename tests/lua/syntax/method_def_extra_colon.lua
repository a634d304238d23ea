-- only one ':' in a function name
function a:b:c() end
