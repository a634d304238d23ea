-- 'elseif' without an 'if'
elseif x then end
